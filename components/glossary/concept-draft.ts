import type { Concept, Term, TermStatus, TermType } from '@/lib/terms/types';
import type { Lang } from '@/lib/text/lang';

/** One editable term row; `key` keeps React rows stable while texts change. */
export interface DraftTerm {
  key: number;
  lang: Lang;
  text: string;
  status: TermStatus;
  type: TermType | '';
  partOfSpeech: string;
  usageNote: string;
  source: string;
}

/** The form's state of a concept: strings everywhere, empty meaning absent. */
export interface ConceptDraft {
  id: string;
  subjectField: string;
  definitions: Record<Lang, string>;
  notes: Record<Lang, string>;
  terms: DraftTerm[];
}

let nextKey = 1;

/** An empty term row of a language. */
export function emptyTerm(lang: Lang, status: TermStatus = 'preferred'): DraftTerm {
  return { key: nextKey++, lang, text: '', status, type: '', partOfSpeech: '', usageNote: '', source: '' };
}

/** A stored concept (or a new one, with an empty term per language) as form state. */
export function toDraft(c: Concept | null, prefill?: { lang: Lang; text: string }): ConceptDraft {
  const langs: Record<Lang, string> = { en: '', ar: '', fa: '' };
  if (!c) {
    const terms = (['en', 'ar', 'fa'] as Lang[]).map((l) => ({ ...emptyTerm(l), text: prefill?.lang === l ? prefill.text : '' }));
    return { id: '', subjectField: '', definitions: { ...langs }, notes: { ...langs }, terms };
  }
  return {
    id: c.id,
    subjectField: c.subjectField ?? '',
    definitions: { ...langs, ...c.definitions },
    notes: { ...langs, ...c.notes },
    terms: c.terms.map((t) => ({ ...emptyTerm(t.lang), text: t.text, status: t.status, type: t.type ?? '', partOfSpeech: t.partOfSpeech ?? '', usageNote: t.usageNote ?? '', source: t.source ?? '' })),
  };
}

const some = (o: Record<Lang, string>) => {
  const out = Object.fromEntries(Object.entries(o).filter(([, v]) => v.trim() !== '')) as Partial<Record<Lang, string>>;
  return Object.keys(out).length > 0 ? out : undefined;
};

/** Form state as the concept the API takes; term rows left empty are dropped. */
export function fromDraft(d: ConceptDraft): Concept & { id: string } {
  const terms: Term[] = d.terms
    .filter((t) => t.text.trim() !== '')
    .map((t) => {
      const term: Term = { lang: t.lang, text: t.text, status: t.status };
      if (t.type) term.type = t.type;
      if (t.partOfSpeech.trim()) term.partOfSpeech = t.partOfSpeech;
      if (t.usageNote.trim()) term.usageNote = t.usageNote;
      if (t.source.trim()) term.source = t.source;
      return term;
    });
  const c: Concept = { id: d.id.trim(), terms };
  if (d.subjectField.trim()) c.subjectField = d.subjectField;
  const definitions = some(d.definitions);
  if (definitions) c.definitions = definitions;
  const notes = some(d.notes);
  if (notes) c.notes = notes;
  return c;
}
