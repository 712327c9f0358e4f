import { describe, expect, it } from 'vitest';
import { pieces } from './pieces';

describe('pieces: a text cut at range boundaries', () => {
  it.each([
    ['en', 'said “Iraj Masjedi forgot” then', 6, 25],
    ['ar', 'عاجل | إيرج مسجدي نسي دوره. #العراق', 7, 27],
    ['fa', 'می‌گوید «ایرج مسجدی نقش خود» و', 9, 27],
  ])('%s: the pieces rebuild the text and the labelled one is the range', (_lang, text, from, to) => {
    const out = pieces(text, [{ from, to, label: 1 }]);
    expect(out.map((p) => p.text).join('')).toBe(text);
    expect(out.filter((p) => p.labels.includes(1)).map((p) => p.text).join('')).toBe(text.slice(from, to));
  });
  it('nested and overlapping ranges get every covering label; ranges outside the text are clipped (negative row)', () => {
    const out = pieces('ابجدهوز', [{ from: 0, to: 4, label: 'a' }, { from: 2, to: 9, label: 'b' }]);
    expect(out.map((p) => [p.text, p.labels])).toEqual([['اب', ['a']], ['جد', ['a', 'b']], ['هوز', ['b']]]);
    expect(pieces('', [{ from: 0, to: 3, label: 'x' }])).toEqual([]);
  });
});
