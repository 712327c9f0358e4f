import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectQuotes } from './detect-quotes';

const endsWith = (tail: string) => expect.stringMatching(new RegExp(`${tail.replace(/[.?[\]]/gu, '\\$&')}$`, 'u'));

// A brief as extracted from its web page (written for the tests): quotes broken by captions and by the layout.
const SAMPLE = readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/import/page-extract.txt'), 'utf8');

describe('detectQuotes on a page extracted to text', () => {
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
      // the sermon clip, split by the layout around the caption of Figure 1
      { begins: 'We did not carry arms to sit i', ends: endsWith('should first return our dead.'), figure: 1, verb: 'declared', speaker: undefined, languages: [] },
      // the caption under the clip
      { begins: 'The patient are rewarded, but ', ends: endsWith('the silent are forgotten'), figure: 1, verb: 'was telling', speaker: undefined, languages: [] },
      // the line of poetry, with no attribution verb
      { begins: 'Saddle your horse before the d', ends: endsWith('will not wait for the sleeper'), figure: 3, verb: undefined, speaker: undefined, languages: [] },
      { begins: 'The envoys forgot that they ar', ends: endsWith('started behaving like governors'), figure: 4, verb: 'the following', speaker: 'Ammar al-Tamimi', languages: ['ar', 'fa'] },
      { begins: '[I have] a simple question. Do', ends: endsWith('[the Iraqi prime minister] in Tehran?'), figure: 5, verb: 'tweeted', speaker: 'Yasser al-Khafaji', languages: [] },
      // Sada al-Jabha: the layout interleaves two other paragraphs inside the quote
      { begins: 'Iranian television, where were', ends: endsWith('[laid] by cowards'), figure: 6, verb: 'read', speaker: 'Sada al-Jabha', languages: ['fa'] },
    ]);
  });

  it('leaves out the caption and the interleaved paragraphs, and keeps offsets in the original', () => {
    const sermon = quotes[0]!;
    expect(sermon.parts).toHaveLength(2);
    expect(sermon.text).not.toMatch(/Figure 1/u);
    expect(sermon.text).toMatch(/someone in a distant capital asks us to be patient/u);
    const jabha = quotes[5]!;
    expect(jabha.text).toMatch(/This was not a battle, this was an ambush/u);
    expect(jabha.text).not.toMatch(/ride out|defying/u);
    for (const q of quotes) {
      expect('“"').toContain(SAMPLE[q.start]);
      expect('”"').toContain(SAMPLE[q.end - 1]);
      for (const p of q.parts) expect(q.text).toContain(SAMPLE.slice(p.start, p.end).replace(/\s+/gu, ' '));
      if (q.figure) expect(SAMPLE.slice(q.figure.start, q.figure.end)).toMatch(/Figure \d/u);
    }
  });

  it('skips scare quotes and titles', () => {
    const texts = quotes.map((q) => q.text);
    for (const skipped of ['ride out', 'Patience of the Mountains', 'Volunteer', 'Paid by the State, Loyal to the Axis']) {
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
