import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Concept, Term } from '../terms/types';
import { FormatError } from './format-error';
import { parseTbx, parseTbxWithReport, writeTbx } from './tbx';
import { fixture, utf8 } from './test-data';

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

describe('TBX fixtures (v2 and v3)', () => {
  it.each([
    ['v2-tig.tbx', 3, { en: 5, ar: 2, fa: 2 }, { languages: { fr: 2, de: 2 }, concepts: 1 }],
    ['v2-ntig.tbx', 2, { en: 3, ar: 1, fa: 1 }, { languages: { es: 1 }, concepts: 0 }],
    ['v2-windows-1254.tbx', 1, { en: 1 }, { languages: { tr: 1 }, concepts: 0 }],
    ['v3-basic.tbx', 2, { en: 3, ar: 2, fa: 2 }, { languages: { ur: 1 }, concepts: 0 }],
  ])('%s imports %i concepts with their en/ar/fa terms, other languages counted', (file, concepts, terms, skipped) => {
    const result = parseTbxWithReport(fixture(`tbx/${file}`));
    expect(result.concepts).toHaveLength(concepts);
    const byLang: Record<string, number> = {};
    for (const t of result.concepts.flatMap((c) => c.terms)) byLang[t.lang] = (byLang[t.lang] ?? 0) + 1;
    expect(byLang).toEqual(terms);
    expect(result.skipped).toEqual(skipped);
  });
  it('decodes the windows-1254 file (Turkish dotted/dotless i) by its declaration', () => {
    const [concept] = parseTbx(fixture('tbx/v2-windows-1254.tbx'));
    expect(concept!.terms[0]!.text).toBe('İdil–Şırnak road');
    expect(concept!.definitions!.en).toContain('é and á');
  });
  it.each(['v2-tig-utf16le-bom.tbx', 'v2-tig-utf16be.tbx'])('reads %s exactly as its UTF-8 original (byte order from the BOM or the first bytes)', (file) => {
    const concepts = parseTbx(fixture(`tbx/${file}`));
    expect(concepts).toStrictEqual(parseTbx(fixture('tbx/v2-tig.tbx')));
    expect(concepts.flatMap((c) => c.terms).find((t) => t.lang === 'fa')!.text).toBe('آتش\u200cبس');
  });
  it('reads subject field, definition, part of speech and administrative status', () => {
    const [c1] = parseTbx(fixture('tbx/v2-tig.tbx'));
    expect(c1).toMatchObject({ id: 'c1', subjectField: 'armed conflict', definitions: { en: 'A halt in fighting agreed by the parties.' } });
    expect(c1!.terms[0]).toEqual({ lang: 'en', text: 'ceasefire', status: 'admitted', partOfSpeech: 'noun' });
    expect(c1!.terms[1]).toEqual({ lang: 'en', text: 'cease-fire', status: 'deprecated', usageNote: 'Old house spelling.' });
    expect(c1!.terms.find((t) => t.lang === 'fa')).toEqual({ lang: 'fa', text: 'آتش\u200cبس', status: 'admitted', source: 'house style' });
    // ntig/termGrp, entries without ids, normativeAuthorization, a concept-level definition
    const [zone, drone] = parseTbx(fixture('tbx/v2-ntig.tbx'));
    expect(zone).toMatchObject({ id: 'tbx-1', definitions: { en: expect.stringMatching(/^A guarded district/u) } });
    expect(zone!.terms.map((t) => [t.text, t.status])).toEqual([['International Zone', 'preferred'], ['Green Zone', 'admitted'], ['المنطقة الدولية', 'preferred']]);
    expect(drone!.terms[0]).toMatchObject({ text: 'drone attack', status: 'deprecated' });
    // v3: forbidden is deprecated plus the note "forbidden"; regional tags fold into ar and fa
    const [qf] = parseTbx(fixture('tbx/v3-basic.tbx'));
    expect(qf!.terms.filter((t) => t.lang === 'ar').map((t) => [t.text, t.status])).toEqual([['فيلق القدس', 'preferred'], ['قوة القدس', 'forbidden']]);
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
