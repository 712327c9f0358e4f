import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectQuotes } from './detect-quotes';

const endsWith = (tail: string) => expect.stringMatching(new RegExp(`${tail.replace(/[.?[\]]/gu, '\\$&')}$`, 'u'));

const SAMPLE = readFileSync(resolve(import.meta.dirname, '../../../shared/seed/000_b66883f74f5b7474.txt'), 'utf8');

describe('detectQuotes on the sample analysis', () => {
  const quotes = detectQuotes(SAMPLE);

  it('finds the six quotes in order, with figure, attribution and languages', () => {
    const rows = quotes.map((q) => ({
      begins: q.text.slice(0, 30),
      ends: q.text,
      figure: q.figure?.number,
      verb: q.attribution?.verb,
      speaker: q.attribution?.speaker,
      languages: q.languages,
    }));
    expect(rows).toEqual([
      // Khazali's video message, split by the layout around the caption of Figure 1
      { begins: '[I pray] that God either ensur', ends: endsWith('to be present in Iraq.'), figure: 1, verb: 'stated', speaker: undefined, languages: [] },
      // the Imam Ali phrase
      { begins: '[Remain] steadfast until the p', ends: endsWith('and will not leave you'), figure: 1, verb: 'was telling', speaker: undefined, languages: [] },
      // the Quranic verse about Noah
      { begins: 'Embark therein: in the Name of', ends: endsWith('its course and its anchorage'), figure: 3, verb: undefined, speaker: undefined, languages: [] },
      { begins: 'Iraj Masjedi forgot his role a', ends: endsWith('working as a messenger'), figure: 4, verb: 'the following', speaker: 'Amir al-Taee', languages: ['ar', 'fa'] },
      { begins: '[I have] a very perplexing que', ends: endsWith("Kadhimi's ambassador to Iran?"), figure: 5, verb: 'tweeted', speaker: 'Sanad al-Hamdani', languages: [] },
      // Sabereen News: the layout interleaves two other paragraphs inside the quote
      { begins: 'Iran’s state media outlets, yo', ends: endsWith('[carried out] by a sniper'), figure: 6, verb: 'read', speaker: 'Sabereen News', languages: ['fa'] },
    ]);
  });

  it('leaves out the caption and the interleaved paragraphs, and keeps offsets in the original', () => {
    const khazali = quotes[0]!;
    expect(khazali.parts).toHaveLength(2);
    expect(khazali.text).not.toMatch(/Figure 1/u);
    expect(khazali.text).toMatch(/in his cause, in a way that my death satisfies America/u);
    const sabereen = quotes[5]!;
    expect(sabereen.text).toMatch(/This was not a friction, this was a massacre/u);
    expect(sabereen.text).not.toMatch(/embark|flouting/u);
    for (const q of quotes) {
      expect('“"').toContain(SAMPLE[q.start]);
      expect('”"').toContain(SAMPLE[q.end - 1]);
      for (const p of q.parts) expect(q.text).toContain(SAMPLE.slice(p.start, p.end).replace(/\s+/gu, ' '));
      if (q.figure) expect(SAMPLE.slice(q.figure.start, q.figure.end)).toMatch(/Figure \d/u);
    }
  });

  it('skips scare quotes and titles', () => {
    const texts = quotes.map((q) => q.text);
    for (const skipped of ['embark', 'Qais of the Victory', 'Grassroots', 'Honored, Not Contained']) {
      expect(SAMPLE).toContain(skipped);
      expect(texts.some((t) => t.startsWith(skipped))).toBe(false);
    }
  });
});

describe('detectQuotes rules', () => {
  it.each([
    ['He said: "We will not leave Iraq at all" (Figure 2).', 1, 2],
    ['She wrote: “we will stay here and fight” yesterday.', 1, undefined],
    ['They were asked to “embark” on the ship.', 0, undefined],
    ['A song called “The Long Road Of Victory” played.', 0, undefined],
    // Arabic or Farsi quoted inside English text is found as well
    ['The sign read: “لن نترك العراق أبدا مهما حدث” (Figure 7).', 1, 7],
    ['The post read: “ما هرگز عراق را ترک نمی‌کنیم”.', 1, undefined],
    ['No quotes here at all.', 0, undefined],
  ] as const)('%s', (text, count, figure) => {
    const q = detectQuotes(text);
    expect(q).toHaveLength(count);
    if (count) expect(q[0]!.figure?.number).toBe(figure);
  });
});
