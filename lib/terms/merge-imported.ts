import { LANGS } from '../text/lang';
import type { Concept } from './types';

/**
 * An imported concept over a stored one: the languages the import has replace the stored ones (terms,
 * definition, note); the others are kept, so an EN-AR and an EN-FA list fill one concept.
 */
export function mergeImported(stored: Concept | null, incoming: Concept): Concept {
  if (!stored) return incoming;
  const langs = new Set(incoming.terms.map((t) => t.lang));
  const kept = stored.terms.filter((t) => !langs.has(t.lang));
  // the file's own term order is kept unless stored languages are mixed in (then en, ar, fa)
  const terms = kept.length === 0 ? incoming.terms : [...kept, ...incoming.terms].sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang));
  const out: Concept = { id: incoming.id, terms };
  const subject = incoming.subjectField ?? stored.subjectField;
  if (subject) out.subjectField = subject;
  for (const field of ['definitions', 'notes'] as const) {
    const merged = { ...stored[field] };
    for (const lang of LANGS) if (langs.has(lang) || incoming[field]?.[lang]) delete merged[lang];
    Object.assign(merged, incoming[field]);
    if (Object.keys(merged).length > 0) out[field] = merged;
  }
  return out;
}
