import { TERM_STATUSES, TERM_TYPES, type Concept, type Term } from '../terms/types';
import { termKey } from '../terms/term-key';
import { isLang, LANGS, type Lang } from '../text/lang';
import { AppError } from './errors';

export { TERM_STATUSES, TERM_TYPES } from '../terms/types';
export const MAX_TERM_LENGTH = 500;
export const MAX_TEXT_LENGTH = 5000;
const CONCEPT_ID = /^[^\s]{1,200}$/u;

const trimmed = (v: string | undefined): string | undefined => {
  const t = v?.replace(/^\s+|\s+$/gu, '');
  return t ? t : undefined;
};

function cleanTexts(o: Partial<Record<Lang, string>> | undefined): Partial<Record<Lang, string>> | undefined {
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const v = trimmed(o?.[lang]);
    if (v) out[lang] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The concept with outer spaces trimmed and empty fields left out (ZWNJ inside text is kept). */
export function cleanConcept(c: Concept): Concept {
  const out: Concept = {
    id: c.id.trim(),
    terms: c.terms.map((t) => {
      const term: Term = { lang: t.lang, text: trimmed(t.text) ?? '', status: t.status };
      if (t.type) term.type = t.type;
      for (const k of ['partOfSpeech', 'usageNote', 'source'] as const) {
        const v = trimmed(t[k]);
        if (v) term[k] = v;
      }
      return term;
    }),
  };
  const subject = trimmed(c.subjectField);
  if (subject) out.subjectField = subject;
  const definitions = cleanTexts(c.definitions);
  if (definitions) out.definitions = definitions;
  const notes = cleanTexts(c.notes);
  if (notes) out.notes = notes;
  return out;
}

/** Throws `glossary-invalid` with the field at fault (and the term index) when a concept cannot be stored. */
export function validateConcept(c: Concept): void {
  const fail = (field: string, extra: Record<string, string | number> = {}) => {
    throw new AppError('glossary-invalid', { id: c.id, field, ...extra });
  };
  if (!CONCEPT_ID.test(c.id)) fail('id');
  if (c.terms.length === 0) fail('terms');
  if (c.terms.length > 200) fail('terms');
  const seen = new Set<string>();
  c.terms.forEach((t, term) => {
    if (!isLang(t.lang)) fail('lang', { term });
    if (!t.text || t.text.length > MAX_TERM_LENGTH) fail('text', { term });
    if (!termKey(t.text, t.lang)) fail('text', { term });
    if (!TERM_STATUSES.includes(t.status)) fail('status', { term });
    if (t.type !== undefined && !TERM_TYPES.includes(t.type)) fail('type', { term });
    // spellings that differ only in folded letters (Kata'ib, Kataib) are distinct terms of one concept
    const key = `${t.lang}\u0001${t.text}`;
    if (seen.has(key)) fail('duplicate-term', { term, text: t.text });
    seen.add(key);
  });
  const long = [c.subjectField, ...Object.values(c.definitions ?? {}), ...Object.values(c.notes ?? {})].some((v) => (v?.length ?? 0) > MAX_TEXT_LENGTH);
  if (long) fail('text-length');
}
