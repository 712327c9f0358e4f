import { LANGS, type Lang } from '../text/lang';
import type { Concept, Term, TermStatus } from './types';

/** One difference between two versions of a concept, as the history lists it. */
export type ConceptChange =
  | { kind: 'term-added' | 'term-removed'; lang: Lang; text: string; status: TermStatus }
  | { kind: 'term-status'; lang: Lang; text: string; from: TermStatus; to: TermStatus }
  | { kind: 'term-details'; lang: Lang; text: string }
  | { kind: 'definition' | 'note'; lang: Lang; before: string; after: string }
  | { kind: 'subject'; before: string; after: string };

const termKey = (t: Term) => `${t.lang}\u0001${t.text}`;
const details = (t: Term) => JSON.stringify([t.type ?? '', t.partOfSpeech ?? '', t.usageNote ?? '', t.source ?? '']);

/**
 * What changed from `before` to `after`: terms added, removed, with a new status or new details,
 * each definition and note per language, and the subject field. Empty fields count as absent.
 */
export function conceptChanges(before: Concept | null, after: Concept | null): ConceptChange[] {
  const out: ConceptChange[] = [];
  const b = (before?.subjectField ?? '').trim();
  const a = (after?.subjectField ?? '').trim();
  if (a !== b) out.push({ kind: 'subject', before: b, after: a });
  for (const kind of ['definition', 'note'] as const) {
    const field = kind === 'definition' ? 'definitions' : 'notes';
    for (const lang of LANGS) {
      const was = (before?.[field]?.[lang] ?? '').trim();
      const now = (after?.[field]?.[lang] ?? '').trim();
      if (was !== now) out.push({ kind, lang, before: was, after: now });
    }
  }
  const old = new Map((before?.terms ?? []).map((t) => [termKey(t), t]));
  const cur = new Map((after?.terms ?? []).map((t) => [termKey(t), t]));
  for (const [k, t] of cur) {
    const o = old.get(k);
    if (!o) out.push({ kind: 'term-added', lang: t.lang, text: t.text, status: t.status });
    else if (o.status !== t.status) out.push({ kind: 'term-status', lang: t.lang, text: t.text, from: o.status, to: t.status });
    else if (details(o) !== details(t)) out.push({ kind: 'term-details', lang: t.lang, text: t.text });
  }
  for (const [k, t] of old) if (!cur.has(k)) out.push({ kind: 'term-removed', lang: t.lang, text: t.text, status: t.status });
  return out;
}
