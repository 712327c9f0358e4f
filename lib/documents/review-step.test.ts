import { describe, expect, it } from 'vitest';
import type { TranslationState } from './types';
import { reviewStepsFrom, stateAfterReview, type ReviewStep } from './review-step';

describe('review steps', () => {
  it.each<[TranslationState, ReviewStep, TranslationState | null]>([
    ['initial', 'review', null],
    ['initial', 'approve', null],
    ['initial', 'send-back', null],
    ['translated', 'review', 'reviewed'],
    ['translated', 'approve', 'final'],
    ['translated', 'send-back', 'initial'],
    ['reviewed', 'review', null],
    ['reviewed', 'approve', 'final'],
    ['reviewed', 'send-back', 'initial'],
    ['final', 'review', null],
    ['final', 'approve', null],
    ['final', 'send-back', 'initial'],
  ])('%s, %s → %s', (from, step, to) => {
    expect(stateAfterReview(from, step)).toBe(to);
  });

  it('offers the steps that apply', () => {
    expect(reviewStepsFrom('initial')).toEqual([]);
    expect(reviewStepsFrom('translated')).toEqual(['review', 'approve', 'send-back']);
    expect(reviewStepsFrom('final')).toEqual(['send-back']);
  });
});
