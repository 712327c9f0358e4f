import { describe, expect, it } from 'vitest';
import type { Concept } from '../terms/types';
import { decodeBytes } from './decode';
import { FormatError } from './format-error';
import { parseGlossaryCsv, writeGlossaryCsv } from './glossary-csv';
import { fixture } from './test-data';

// Term lists in the two TICO-19 layouts (f_*: id and strings; g_*: part of speech and a quoted description).
const tico = (file: string) => decodeBytes(fixture(`glossary/${file}`));

function errorOf(fn: () => unknown): FormatError {
  try {
    fn();
  } catch (err) {
    if (err instanceof FormatError) return err;
    throw err;
  }
  throw new Error('expected a FormatError');
}

describe('TICO-19 term lists', () => {
  it.each([
    ['tico-f-en-ar.csv', 8, 'ar', 'هجوم بطائرة مسيّرة'],
    ['tico-f-en-fa.csv', 8, 'fa', 'دعوت به خویشتن\u200cداری'],
    ['tico-g-en-ar.csv', 5, 'ar', 'موالٍ لإيران'],
    ['tico-g-en-fa.csv', 5, 'fa', 'همسو با ایران'],
  ])('%s gives %i concepts with English and %s terms', (file, count, lang, sample) => {
    const concepts = parseGlossaryCsv(tico(file));
    expect(concepts).toHaveLength(count);
    expect(concepts.every((c) => c.terms.length === 2 && c.terms[0]!.lang === 'en' && c.terms[1]!.lang === lang)).toBe(true);
    expect(concepts.some((c) => c.terms[1]!.text === sample)).toBe(true);
  });
  it('keeps part of speech and the quoted description of the g_* layout', () => {
    const pmf = parseGlossaryCsv(tico('tico-g-en-ar.csv')).find((c) => c.terms[0]!.text === 'PMF')!;
    expect(pmf.id).toBe('tico19-g-2');
    expect(pmf.terms[1]).toEqual({ lang: 'ar', text: 'قوات الحشد الشعبي (PMF)', status: 'preferred', partOfSpeech: 'proper noun' });
    expect(pmf.definitions!.en).toMatch(/^Short for "Popular Mobilization Forces": a state-funded umbrella/);
  });
});

const OWN: Concept[] = [
  {
    id: 'qods-force',
    subjectField: 'IRGC',
    definitions: { en: 'Extraterritorial arm of the IRGC, "Quds" in some spellings.', ar: 'ذراع الحرس الثوري، خارج الحدود' },
    notes: { fa: 'نیروی قدس سپاه\nنام رسمی' },
    terms: [
      { lang: 'en', text: 'Qods Force', status: 'preferred', type: 'fullForm', partOfSpeech: 'proper noun' },
      { lang: 'en', text: 'Quds Force', status: 'admitted', type: 'variant' },
      { lang: 'ar', text: 'فيلق القدس', status: 'preferred' },
      { lang: 'ar', text: 'قوة القدس', status: 'forbidden', usageNote: 'Not house style, use فيلق القدس.' },
      { lang: 'fa', text: 'نیروی قدس', status: 'preferred', source: 'IRNA' },
      { lang: 'fa', text: 'سپاه‌قدس', status: 'deprecated' },
    ],
  },
];

describe('our CSV/TSV layout', () => {
  it.each([[','], ['\t']] as const)('round-trips Arabic and Farsi concepts (delimiter %j)', (delimiter) => {
    const text = writeGlossaryCsv(OWN, delimiter);
    expect(text.split('\r\n')[0]).toBe(['concept_id', 'lang', 'term', 'status', 'type', 'part_of_speech', 'definition', 'note', 'subject', 'usage_note', 'source'].join(delimiter));
    expect(parseGlossaryCsv(text, delimiter)).toStrictEqual(OWN);
    expect(parseGlossaryCsv(text)).toStrictEqual(OWN); // delimiter sniffed from the header
  });
  it('keeps ZWNJ inside a Farsi term', () => {
    const [c] = parseGlossaryCsv('concept_id,lang,term\nx,fa,می‌خواهم\n');
    expect(c!.terms[0]!.text).toBe('می\u200cخواهم');
  });
  it.each([
    ['an unterminated quote', 'concept_id,lang,term\nx,ar,"المقاومة\n', 'unterminated-quote', 2],
    ['text after a closing quote', 'concept_id,lang,term\nx,fa,"مقاومت"x\n', 'stray-quote', 2],
    ['a row with too few columns', 'concept_id,lang,term\nx,ar,مقاومة\ny,fa\n', 'column-count', 3],
    ['an unknown language', 'concept_id,lang,term\nx,ur,مزاحمت\n', 'lang-unknown', 2],
    ['an unknown status', 'concept_id,lang,term,status\nx,ar,مقاومة,banned\n', 'status-unknown', 2],
    ['an empty term', 'concept_id,lang,term\nx,en,Qods\ny,fa,\n', 'term-empty', 3],
    ['an unknown header', 'a,b,c\n1,2,3\n', 'header-unknown', 1],
  ])('refuses %s, naming the line', (_name, text, reason, line) => {
    const err = errorOf(() => parseGlossaryCsv(text));
    expect(err.code).toBe('csv-invalid');
    expect(err.params).toMatchObject({ reason });
    expect(err.line).toBe(line);
  });
  it('accepts quoted delimiters, doubled quotes and line breaks (RFC 4180)', () => {
    const [c] = parseGlossaryCsv('concept_id,lang,term,status,type,part_of_speech,definition\r\nk,ar,"كتائب ""حزب الله""",preferred,,,"سطر أول\r\nسطر ثانٍ، مع فاصلة"\r\n');
    expect(c!.terms[0]!.text).toBe('كتائب "حزب الله"');
    expect(c!.definitions!.ar).toBe('سطر أول\r\nسطر ثانٍ، مع فاصلة');
  });
});
