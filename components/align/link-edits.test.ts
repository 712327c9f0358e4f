import { describe, expect, it } from 'vitest';
import { confirmedPairs, mergeWithNext, moveTarget, split, type ReviewLink } from './link-edits';

const L = (source: number[], target: number[], confirmed = true): ReviewLink => ({ source, target, score: 0.9, confirmed });
const shape = (ls: ReviewLink[]) => ls.map((l) => [l.source, l.target]);

describe('review edits of an alignment', () => {
  it('merges a link with the next one and asks for review again', () => {
    const out = mergeWithNext([L([0], [0]), L([1], []), L([2], [1])], 0);
    expect(shape(out)).toEqual([[[0, 1], [0]], [[2], [1]]]);
    expect(out[0]!.confirmed).toBe(false);
    expect(mergeWithNext([L([0], [0])], 0)).toHaveLength(1);
  });
  it('splits a 1–2 link into 1–1 and 0–1, and a wrong 1–1 into 1–0 and 0–1', () => {
    expect(shape(split([L([0], [0, 1])], 0))).toEqual([[[0], [0]], [[], [1]]]);
    expect(shape(split([L([3], [4])], 0))).toEqual([[[3], []], [[], [4]]]);
    // nothing to split in a 1–0 link (negative row)
    expect(shape(split([L([3], [])], 0))).toEqual([[[3], []]]);
  });
  it('moves a target sentence across a link boundary, dropping a link left empty', () => {
    expect(shape(moveTarget([L([0], [0, 1]), L([1], [2])], 0, 'down'))).toEqual([[[0], [0]], [[1], [1, 2]]]);
    expect(shape(moveTarget([L([0], [0]), L([], [1])], 0, 'up'))).toEqual([[[0], [0, 1]]]);
    expect(shape(moveTarget([L([0], []), L([1], [0])], 0, 'down'))).toEqual([[[0], []], [[1], [0]]]);
  });
  it.each([
    ['ar', ['Iraj Masjedi forgot his role.', 'He works as a messenger.'], ['نسي إيرج مسجدي دوره.', 'ويعمل كساعي بريد.']],
    ['fa', ['Iraj Masjedi forgot his role.', 'He works as a messenger.'], ['ایرج مسجدی نقش خود را فراموش کرد.', 'و نامه‌رسان شده است.']],
  ])('%s: keeps only confirmed pairs, sentences joined, ZWNJ kept', (_lang, src, tgt) => {
    const pairs = confirmedPairs([L([0, 1], [0, 1]), L([], [1], false)], src, tgt);
    expect(pairs).toEqual([{ source: src.join(' '), target: tgt.join(' ') }]);
  });
});
