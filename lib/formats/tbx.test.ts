import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Concept, Term } from '../terms/types';
import { FormatError } from './format-error';
import { parseTbx, parseTbxWithReport, writeTbx } from './tbx';
import { shared, utf8 } from './test-data';

const KH: Concept = {
  id: 'kataib-hezbollah',
  subjectField: 'Iraqi militias',
  definitions: { en: 'Iran-aligned Iraqi militia.', ar: 'فصيل مسلح عراقي موالٍ لإيران.' },
  notes: { fa: 'در منابع فارسی گاهی «کتائب‌حزب‌الله» نوشته می‌شود.' },
  terms: [
    { lang: 'en', text: 'Kataib Hezbollah', status: 'preferred', type: 'fullForm' },
    { lang: 'en', text: 'KH', status: 'admitted', type: 'acronym' },
    { lang: 'en', text: "Kata'ib Hizballah", status: 'forbidden', usageNote: 'Old house spelling.', source: 'house style 2019' },
    { lang: 'ar', text: 'كتائب حزب الله', status: 'preferred', partOfSpeech: 'noun' },
    { lang: 'ar', text: 'كتائب حزب اللة', status: 'deprecated', usageNote: 'Misspelling.\nSeen in agency copy.' },
    { lang: 'fa', text: 'کتائب حزب‌الله', status: 'preferred', type: 'transliteration' },
  ],
};

describe('TBX v2 samples (Okapi)', () => {
  it.each([
    ['ibm_tbx.tbx', 5, 6, { fr: 5 }],
    ['maryland.tbx', 1, 2, { fr: 1, it: 1, es: 1 }],
    ['medtronic_TBX.tbx', 3, 6, undefined],
    ['oracle_TBX.tbx', 2, 3, { pt: 2 }],
    ['sdl_tbx.tbx', 223, 239, { de: 223 }],
    ['test01.tbx', 1, 1, { hu: 1 }],
    ['test02_win1254.tbx', 1, 1, { tr: 1 }],
  ])('%s imports %i concepts / %i English terms, other languages counted', (file, concepts, terms, skipped) => {
    const result = parseTbxWithReport(shared(`tbx/okapi-tbx2/${file}`));
    expect(result.concepts).toHaveLength(concepts);
    expect(result.concepts.flatMap((c) => c.terms)).toHaveLength(terms);
    expect(result.concepts.every((c) => c.terms.every((t) => t.lang === 'en'))).toBe(true);
    if (skipped) expect(result.skipped.languages).toEqual(skipped);
  });
  it('decodes the windows-1254 sample (Turkish dotted/dotless i)', () => {
    const [concept] = parseTbx(shared('tbx/okapi-tbx2/test02_win1254.tbx'));
    expect(concept!.terms[0]!.text).toBe('term with: éá and İı');
  });
  it('reads subject field, definition, part of speech and administrative status', () => {
    const concepts = parseTbx(shared('tbx/okapi-tbx2/ibm_tbx.tbx'));
    expect(concepts[0]).toMatchObject({ id: 'c1', subjectField: 'Software' });
    expect(concepts[0]!.terms[0]).toEqual({ lang: 'en', text: 'navigation trail', status: 'admitted', partOfSpeech: 'noun' });
    const medtronic = parseTbx(shared('tbx/okapi-tbx2/medtronic_TBX.tbx')).flatMap((c) => c.terms.map((t) => t.status));
    expect(medtronic).toContain('preferred');
  });
});

describe('TBX-Basic v3', () => {
  it('round-trips concepts with Arabic and Farsi terms and the forbidden status', () => {
    const xml = writeTbx([KH]);
    expect(xml).toContain('<tbx type="TBX-Basic" style="dca"');
    expect(xml).not.toContain('forbiddenTerm');
    expect(xml).toMatch(/deprecatedTerm-admn-sts<\/termNote>\s*<admin type="source">house style 2019<\/admin>\s*<note>Old house spelling.<\/note>\s*<note>forbidden<\/note>/);
    expect(parseTbx(utf8(xml))).toStrictEqual([KH]);
  });
  it('keeps a plain deprecated term deprecated (negative row for the forbidden note)', () => {
    const back = parseTbx(utf8(writeTbx([KH])))[0]!;
    expect(back.terms.find((t) => t.text === 'كتائب حزب اللة')!.status).toBe('deprecated');
  });
  it('maps regional language tags and skips the others', () => {
    const xml = `<tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
      <conceptEntry id="c1">
        <langSec xml:lang="ar-IQ"><termSec><term>المقاومة</term></termSec></langSec>
        <langSec xml:lang="fa-IR"><termSec><term>مقاومت</term></termSec></langSec>
        <langSec xml:lang="en-US"><termSec><term>resistance</term></termSec></langSec>
        <langSec xml:lang="ur"><termSec><term>مزاحمت</term></termSec></langSec>
      </conceptEntry>
      <conceptEntry id="c2"><langSec xml:lang="de"><termSec><term>Widerstand</term></termSec></langSec></conceptEntry>
    </body></text></tbx>`;
    const result = parseTbxWithReport(utf8(xml));
    expect(result.concepts.map((c) => c.terms.map((t) => `${t.lang}:${t.text}`))).toEqual([['ar:المقاومة', 'fa:مقاومت', 'en:resistance']]);
    expect(result.skipped).toEqual({ languages: { ur: 1, de: 1 }, concepts: 1 });
  });
  it.each([
    ['a concept without id', '<conceptEntry><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry>', 'concept-id-missing', 1],
    ['a repeated concept id', '<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry>\n<conceptEntry id="a"><langSec xml:lang="ar"><termSec><term>س</term></termSec></langSec></conceptEntry>', 'concept-id-duplicate', 2],
    ['an empty Farsi term', '<conceptEntry id="a"><langSec xml:lang="fa"><termSec><term> </term></termSec></langSec></conceptEntry>', 'term-empty', 1],
  ])('refuses %s with its line', (_name, body, reason, line) => {
    const xml = `<tbx type="TBX-Basic"><text><body>\n${body}\n</body></text></tbx>`;
    try {
      parseTbx(utf8(xml));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(FormatError);
      expect((err as FormatError).params).toMatchObject({ reason });
      expect((err as FormatError).line).toBe(line + 1);
    }
  });
  it('refuses a file that is not TBX', () => {
    expect(() => parseTbx(utf8('<html><body/></html>'))).toThrow(/tbx-invalid/);
  });

  const text = fc
    .string({ unit: fc.constantFrom('a', 'Z', ' ', 'ب', 'ة', 'ی', '\u200c', '&', '<', '"', '\n', '۱') , minLength: 1, maxLength: 12 })
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
  const term: fc.Arbitrary<Term> = fc.record(
    {
      lang: fc.constantFrom('en', 'ar', 'fa'),
      text,
      status: fc.constantFrom('preferred', 'admitted', 'deprecated', 'forbidden'),
      type: fc.constantFrom('fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'transliteration'),
      partOfSpeech: text,
      usageNote: text,
      source: text,
    },
    { requiredKeys: ['lang', 'text', 'status'] },
  ) as fc.Arbitrary<Term>;
  it('round-trips any concept whose terms are grouped by language (property)', () => {
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 6 }), fc.option(text, { nil: undefined }), (terms, subject) => {
        const order = [...new Set(terms.map((t) => t.lang))];
        const grouped = order.flatMap((l) => terms.filter((t) => t.lang === l && t.usageNote?.toLowerCase() !== 'forbidden')).map((t) => ({ ...t }));
        if (grouped.length === 0) return;
        const concept: Concept = { id: 'p1', terms: grouped, ...(subject ? { subjectField: subject } : {}) };
        expect(parseTbx(utf8(writeTbx([concept])))).toStrictEqual([concept]);
      }),
      { numRuns: 200 },
    );
  });
});
