import { describe, expect, it } from 'vitest';
import { FormatError, MAX_IMPORT_BYTES } from './format-error';
import { parseGlossaryFile, readGlossaryFile, summarizeGlossary } from './glossary-file';
import { writeTbx } from './tbx';
import { fixture, utf8 } from './test-data';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof FormatError) return err.code;
    throw err;
  }
  return 'no error';
}

describe('parseGlossaryFile', () => {
  it('reads TBX by extension and summarizes it', () => {
    const concepts = parseGlossaryFile(fixture('tbx/v2-tig.tbx'), 'v2-tig.tbx');
    expect(summarizeGlossary(concepts)).toEqual({ concepts: 3, terms: 9, languages: ['en', 'ar', 'fa'] });
  });
  it('reads a TICO-19-layout CSV, our layout with a BOM and as TSV', () => {
    const csv = readGlossaryFile(fixture('glossary/tico-f-en-fa.csv'), 'tico-f-en-fa.csv');
    expect(csv.format).toBe('csv');
    expect(summarizeGlossary(csv.concepts)).toEqual({ concepts: 8, terms: 16, languages: ['en', 'fa'] });
    const bom = readGlossaryFile(fixture('glossary/own-layout-bom.csv'), 'own-layout-bom.csv');
    expect(bom.format).toBe('csv');
    expect(bom.concepts[0]!.id).toBe('g-qods-force'); // the BOM is not part of the first header name
    const own = readGlossaryFile(fixture('glossary/own-layout.tsv'), 'own-layout.tsv');
    expect(own.format).toBe('tsv');
    expect(own.concepts).toStrictEqual(bom.concepts);
    const tsv = utf8('concept_id\tlang\tterm\nm\tar\tالمقاومة\nm\tfa\tمقاومت\nm\ten\tmuqawama\n');
    expect(summarizeGlossary(parseGlossaryFile(tsv, 'house.tsv'))).toEqual({ concepts: 1, terms: 3, languages: ['en', 'ar', 'fa'] });
  });
  it('sniffs content over a misleading extension', () => {
    const tbx = utf8(writeTbx([{ id: 'x', terms: [{ lang: 'ar', text: 'عصائب أهل الحق', status: 'preferred' }] }]));
    expect(readGlossaryFile(tbx, 'glossary.csv').format).toBe('tbx');
  });
  it.each([
    ['an empty file', new Uint8Array(0), 'g.tbx', 'file-empty'],
    ['a binary file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]), 'g.csv', 'file-binary'],
    ['a file over the limit', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x20).fill(0x61, 0, 10), 'g.csv', 'file-too-large'],
    ['a .tbx that is not XML', utf8('concept_id,lang,term\n'), 'g.tbx', 'xml-malformed'],
    ['text of no known format', utf8('just some words'), 'notes.txt', 'format-unknown'],
  ])('refuses %s', (_name, bytes, name, code) => {
    expect(codeOf(() => parseGlossaryFile(bytes, name))).toBe(code);
  });
});
