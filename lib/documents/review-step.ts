import type { TranslationState } from './types';

/** What an editor does to a target: mark it reviewed, approve it for publication, or send it back to the translator. */
export const REVIEW_STEPS = ['review', 'approve', 'send-back'] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

/**
 * The state a review step leads to from `from` (XLIFF 2's states), or null when the step does not
 * apply: only a translated target is reviewed; a translated or reviewed one is approved (final); any
 * target past initial is sent back, to initial (a draft the translator confirms again).
 */
export function stateAfterReview(from: TranslationState, step: ReviewStep): TranslationState | null {
  switch (step) {
    case 'review':
      return from === 'translated' ? 'reviewed' : null;
    case 'approve':
      return from === 'translated' || from === 'reviewed' ? 'final' : null;
    case 'send-back':
      return from === 'initial' ? null : 'initial';
  }
}

/** The review steps open from a state (what the editor's buttons offer). */
export function reviewStepsFrom(from: TranslationState): ReviewStep[] {
  return REVIEW_STEPS.filter((s) => stateAfterReview(from, s) !== null);
}
