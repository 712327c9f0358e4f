import { describe, expect, it } from 'vitest';
import { bandTable } from './band-table';
import { BANDS, type Band, type BandCount } from './types';

const bands = (counts: Partial<Record<Band, BandCount>>) =>
  Object.fromEntries(BANDS.map((b) => [b, counts[b] ?? { segments: 0, words: 0 }])) as Record<Band, BandCount>;

describe('bandTable', () => {
  it('lists the bands best first (101 before 100), with a total of segments and words', () => {
    const out = bandTable({ bands: bands({ '100': { segments: 3, words: 41 }, '101': { segments: 1, words: 12 }, none: { segments: 2, words: 1200 } }) });
    const lines = out.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/ {2,}/)[0])).toEqual(['band', '101% (context)', '100%', '95-99%', '85-94%', '75-84%', '70-74%', 'no match', 'total']);
    expect(lines[1]).toMatch(/ 1 {2,}12$/);
    expect(lines[2]).toMatch(/ 3 {2,}41$/);
    expect(lines.at(-1)).toMatch(/^total +6 +1253$/);
    // numbers right-aligned in their columns
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});
