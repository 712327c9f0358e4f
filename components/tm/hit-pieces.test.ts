import { describe, expect, it } from 'vitest';
import { hitPieces } from './hit-pieces';

describe('hitPieces', () => {
  it.each([
    ['English', 'the Qods Force asked', [[4, 8]] as [number, number][], false, [{ text: 'the ', mark: false, latin: false }, { text: 'Qods', mark: true, latin: false }, { text: ' Force asked', mark: false, latin: false }]],
    ['Arabic behind a clitic', 'تحقيقها الخاص بالضربة.', [[14, 21]] as [number, number][], true, [{ text: 'تحقيقها الخاص ', mark: false, latin: false }, { text: 'بالضربة', mark: true, latin: false }, { text: '.', mark: false, latin: false }]],
    ['Arabic with a Latin run', 'قالت قناة KH News إن', [[5, 9]] as [number, number][], true, [{ text: 'قالت ', mark: false, latin: false }, { text: 'قناة', mark: true, latin: false }, { text: ' ', mark: false, latin: false }, { text: 'KH News', mark: false, latin: true }, { text: ' إن', mark: false, latin: false }]],
    ['Farsi with ZWNJ kept', 'می‌گوید که IRGC', [[0, 7]] as [number, number][], true, [{ text: 'می‌گوید', mark: true, latin: false }, { text: ' که ', mark: false, latin: false }, { text: 'IRGC', mark: false, latin: true }]],
  ])('%s', (_name, text, ranges, rtl, pieces) => {
    expect(hitPieces(text, ranges, rtl)).toEqual(pieces);
    expect(hitPieces(text, ranges, rtl).map((p) => p.text).join('')).toBe(text);
  });

  it('a range past the end is clipped; no range gives the whole text', () => {
    expect(hitPieces('abc', [[1, 99]], false)).toEqual([{ text: 'a', mark: false, latin: false }, { text: 'bc', mark: true, latin: false }]);
    expect(hitPieces('نص', [], true)).toEqual([{ text: 'نص', mark: false, latin: false }]);
  });
});
