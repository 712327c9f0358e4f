import type { Lang } from '../text/lang';
import { matchTerms } from './matcher';
import type { TermIndex } from './term-index';
import type { Concept } from './types';

/**
 * The concepts an editor page needs when the glossary is too large to send whole: those recognized
 * in the document's texts, plus every concept with a deprecated or forbidden term (so a wrong term
 * typed anywhere is still caught).
 */
export function relevantConcepts(all: Concept[], index: TermIndex, texts: { text: string; lang: Lang }[]): Concept[] {
  const ids = new Set<string>();
  for (const { text, lang } of texts) for (const m of matchTerms(index, text, lang)) ids.add(m.conceptId);
  return all.filter((c) => ids.has(c.id) || c.terms.some((t) => t.status === 'deprecated' || t.status === 'forbidden'));
}
