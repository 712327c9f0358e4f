import type { TmDraft, TmSentenceMatches } from './types';

/**
 * A paragraph drafted from sentence matches: each sentence's best match's target (its adjusted numbers
 * when offered), sentences without a match keep their source so nothing is silently dropped.
 */
export function draftFromSentences(sentences: readonly TmSentenceMatches[]): TmDraft | null {
  if (sentences.length === 0 || sentences.every((s) => s.matches.length === 0)) return null;
  const parts = sentences.map((s) => {
    const best = s.matches[0];
    return best
      ? { index: s.index, text: best.adjustedTarget ?? best.target, score: best.score, unitId: best.unitId }
      : { index: s.index, text: s.source, score: null, unitId: null };
  });
  return {
    text: parts.map((p) => p.text.trim()).join(' '),
    parts,
    covered: parts.filter((p) => p.score !== null).length,
    total: parts.length,
  };
}
