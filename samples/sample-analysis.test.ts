import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossaryFile } from '../lib/formats/glossary-file';
import { importDocument } from '../lib/import/import-document';
import { originalsForQuotes, parseSampleSidecar, targetsForSegments } from '../lib/import/sample-seed';
import { detectQuotes } from '../lib/quotes/detect-quotes';
import { buildTermIndex, matchTerms } from '../lib/terms';

// Our own sample, as `npm start` imports it (lib/db/seed.ts): the importer, the quote detector and the
// sidecar must agree on it, or the first start of a fresh clone shows a broken sample.
const here = import.meta.dirname;
const bytes = readFileSync(join(here, 'sample-analysis.md'));
const sidecar = parseSampleSidecar(readFileSync(join(here, 'sample-analysis.seed.json'), 'utf8'));
const draft = await importDocument({ bytes, fileName: 'sample-analysis.md' });
const text = draft.segments.map((s) => s.text).join('\n\n');
const quotes = detectQuotes(text);

describe('the sample analysis', () => {
  it('keeps title, byline and date as segments, with the metadata read from them', () => {
    expect(draft).toMatchObject({ title: "Militia Channels Split Over Tehran's Call for Restraint", authors: ['Leila Haddad', 'Daniel Okafor', 'Shirin Rahmani'], publishedOn: '2024-03-12', sourceLang: 'en' });
    expect(draft.segments.slice(0, 3).map((s) => [s.kind, s.text])).toEqual([
      ['heading', "Militia Channels Split Over Tehran's Call for Restraint"],
      ['byline', 'By Leila Haddad, Daniel Okafor, and Shirin Rahmani'],
      ['date', 'March 12, 2024'],
    ]);
    const paragraphs = draft.segments.filter((s) => s.kind === 'paragraph' || s.kind === 'list-item');
    expect(paragraphs.length).toBeGreaterThanOrEqual(15);
    expect(paragraphs.length).toBeLessThanOrEqual(25);
    expect(draft.segments.filter((s) => s.kind === 'caption').map((s) => s.text.slice(0, 9))).toEqual(['Figure 1:', 'Figure 2:', 'Figure 3:']);
    const links = draft.segments.flatMap((s) => s.content.content?.[0]?.content ?? []).filter((n) => n.marks?.some((m) => m.type === 'link')).map((n) => n.text);
    expect(links).toEqual(['Popular Mobilization Forces', 'Sabereen News', 'al-Ahad TV']);
  });

  it('has six quotes the detector finds, each with the language its lead-in names, and skips the scare quote and the title', () => {
    expect(quotes.map((q) => [q.figure?.number, q.languages])).toEqual([[1, ['ar']], [2, ['fa']], [3, ['ar']], [4, ['ar']], [5, ['fa']], [6, ['ar']]]);
    expect(quotes.map((q) => q.attribution?.speaker)).toEqual([undefined, 'Mehdi Farahani', 'Karrar al-Zubaidi', 'Zaid al-Hasnawi', undefined, undefined]);
    for (const skipped of ['restraint', 'Voices From the Front Line']) {
      expect(text).toContain(`“${skipped}`);
      expect(quotes.some((q) => q.text.startsWith(skipped))).toBe(false);
    }
  });

  it('gives every detected quote its original, in the language the text names, and a post holds its original', () => {
    const originals = originalsForQuotes(quotes.map((q) => q.text), sidecar.quotes);
    expect(originals.every((o) => o !== null)).toBe(true);
    originals.forEach((o, i) => expect(o!.originalLang).toBe(quotes[i]!.languages[0]));
    expect(originals.filter((o) => o!.originalPost !== '').length).toBe(3);
  });

  it('writes the originals as natives do: Persian letters and ZWNJ in Farsi, Arabic letters in Arabic', () => {
    for (const q of sidecar.quotes) {
      const all = `${q.original} ${q.post ?? ''} ${q.account ?? ''}`;
      if (q.lang === 'fa') expect(all, q.en).not.toMatch(/[يك]/u);
      else expect(all, q.en).not.toMatch(/[یکپچژگ]/u);
    }
    expect(sidecar.quotes.filter((q) => q.lang === 'fa').every((q) => q.original.includes('\u200c'))).toBe(true);
  });

  it('pre-fills targets of segments that exist once, one with a rendering the glossary forbids', () => {
    const planned = targetsForSegments(draft.segments.map((s) => s.text), draft.sourceLang, sidecar.targets);
    expect(planned.map((t) => [draft.segments[t.index]!.kind, t.lang])).toEqual([['heading', 'ar'], ['heading', 'fa'], ['paragraph', 'ar']]);
    const house = parseGlossaryFile(readFileSync(join(here, '..', 'glossary', 'house.tbx')), 'house.tbx');
    const index = buildTermIndex(house);
    const wrong = planned.flatMap((t) => matchTerms(index, t.text, t.lang)).filter((m) => m.status === 'forbidden' || m.status === 'deprecated');
    expect(wrong.map((m) => [m.conceptId, m.text])).toEqual([['c-muqawama', 'الممانعة']]); // the article is a clitic of the forbidden ممانعة
  });

  it('uses at least twelve concepts of the house glossary', () => {
    const house = parseGlossaryFile(readFileSync(join(here, '..', 'glossary', 'house.tbx')), 'house.tbx');
    const concepts = new Set(matchTerms(buildTermIndex(house), text, 'en').map((m) => m.conceptId));
    expect(concepts.size).toBeGreaterThanOrEqual(12);
    for (const id of ['c-muqawama', 'c-qods-force', 'c-kataib-hezbollah', 'c-pmf', 'c-international-zone']) expect(concepts).toContain(id);
  });
});
