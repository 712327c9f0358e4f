import { describe, expect, it } from 'vitest';
import { FormatError, MAX_IMPORT_BYTES, checkImportBytes } from './format-error';
import { MAX_XML_DEPTH, childElements, deepText, parseXml, type XmlElement } from './xml';
import { fixture, utf8 } from './test-data';

function codeOf(fn: () => unknown): FormatError {
  try {
    fn();
  } catch (err) {
    if (err instanceof FormatError) return err;
    throw err;
  }
  throw new Error('expected a FormatError');
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<lolz>&lol3;</lolz>`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<martif><text><body>&xxe;</body></text></martif>`;

describe('safe XML reader', () => {
  it('refuses an entity-expansion bomb before expanding anything', () => {
    const err = codeOf(() => parseXml(utf8(BILLION_LAUGHS)));
    expect(err.code).toBe('xml-entity-forbidden');
    expect(err.line).toBe(6);
  });
  it('refuses an external entity and never reads the file', () => {
    expect(codeOf(() => parseXml(utf8(EXTERNAL_ENTITY))).code).toBe('xml-entity-forbidden');
  });
  it('refuses any other internal DTD subset', () => {
    expect(codeOf(() => parseXml('<!DOCTYPE a [<!ELEMENT a ANY>]><a/>')).code).toBe('xml-dtd-forbidden');
  });
  it('tolerates an external DTD reference without loading it (TBX v2 files carry one)', () => {
    const root = parseXml('<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd"><martif>ok</martif>');
    expect(root.text).toBe('ok');
  });
  it('reports line and column of malformed input', () => {
    const err = codeOf(() => parseXml('<a>\n  <b>\n</a>'));
    expect(err.code).toBe('xml-malformed');
    expect([err.line, err.column]).toEqual([3, 5]);
  });
  it('refuses undeclared entities as malformed', () => {
    expect(codeOf(() => parseXml('<a>&nbsp;</a>')).code).toBe('xml-malformed');
  });
  it.each([
    ['utf-16le with BOM', [0xff, 0xfe], 'utf-16le'],
    ['utf-16be with BOM', [0xfe, 0xff], 'utf-16be'],
  ])('decodes %s', (_name, bom, enc) => {
    const xml = '<t xml:lang="fa">می‌خواهم — أريد</t>';
    const units = [...xml].flatMap((ch) => {
      const c = ch.charCodeAt(0);
      return enc === 'utf-16le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff];
    });
    expect(deepText(parseXml(new Uint8Array([...bom, ...units])))).toBe('می‌خواهم — أريد');
  });
  it('decodes a windows-1254 (Turkish) document by its declaration', () => {
    const bytes = new Uint8Array([...utf8('<?xml version="1.0" encoding="windows-1254"?><t>'), 0xdd, 0xfd, 0xf0, ...utf8('</t>')]);
    expect(parseXml(bytes).text).toBe('İığ');
  });
  it('refuses an encoding it does not know', () => {
    const err = codeOf(() => parseXml(utf8('<?xml version="1.0" encoding="x-klingon"?><t/>')));
    expect(err.code).toBe('encoding-unsupported');
  });
  it('refuses bytes that are not UTF-8 when no encoding is declared', () => {
    expect(codeOf(() => parseXml(new Uint8Array([0x3c, 0x74, 0x3e, 0xff, 0x3c, 0x2f, 0x74, 0x3e]))).code).toBe('encoding-invalid');
  });
  it('keeps Arabic and Farsi text (with ZWNJ) and namespaces', () => {
    const root = parseXml(utf8('<x:a xmlns:x="urn:x"><b>فیلق‌القدس</b><b>فيلق القدس</b></x:a>'));
    expect(root.uri).toBe('urn:x');
    expect(deepText(root)).toBe('فیلق‌القدس' + 'فيلق القدس');
  });
});

describe('checkImportBytes', () => {
  it.each([
    ['empty', new Uint8Array(0), 'file-empty'],
    ['blank', utf8(' \n\t'), 'file-empty'],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'file-binary'],
  ])('refuses a %s file', (_name, bytes, code) => {
    expect(codeOf(() => checkImportBytes(bytes)).code).toBe(code);
  });
  it('refuses a file over the limit and says the limit', () => {
    const err = codeOf(() => checkImportBytes(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41)));
    expect(err.code).toBe('file-too-large');
    expect(err.params).toEqual({ size: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES });
  });
  it('accepts UTF-16 text although it holds NUL bytes', () => {
    expect(() => checkImportBytes(new Uint8Array([0xff, 0xfe, 0x3c, 0, 0x61, 0]))).not.toThrow();
  });
});

describe('nesting depth', () => {
  it('refuses elements nested deeper than MAX_XML_DEPTH with the line of the offending tag', () => {
    const deep = (n: number) => `<a>\n${'<b>'.repeat(n)}${'</b>'.repeat(n)}</a>`;
    expect(() => parseXml(deep(MAX_XML_DEPTH - 1))).not.toThrow();
    try {
      parseXml(deep(MAX_XML_DEPTH));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(FormatError);
      expect(err).toMatchObject({ code: 'xml-malformed', line: 2, params: { reason: expect.stringContaining('nested deeper') } });
    }
  });
});

describe('a TMX memory in four encodings (fixtures)', () => {
  // The segments of each unit, with inline codes (bpt/ept/ph/it/hi) kept as elements.
  const units = (root: XmlElement) =>
    childElements(childElements(root, 'body')[0]!, 'tu').map((tu) => childElements(tu, 'tuv').map((tuv) => [tuv.attrs['xml:lang'], deepText(childElements(tuv, 'seg')[0]!)]));
  const original = parseXml(fixture('tmx/en-ar-fa.tmx'));
  it.each(['en-ar-fa-utf16le-bom.tmx', 'en-ar-fa-utf16be-bom.tmx', 'en-ar-fa-utf16be.tmx'])('%s reads as the UTF-8 original', (file) => {
    expect(units(parseXml(fixture(`tmx/${file}`)))).toEqual(units(original));
  });
  it('keeps Arabic, Farsi with ZWNJ, inline codes and a double-escaped entity as written', () => {
    const all = units(original);
    expect(all).toHaveLength(7);
    expect(all[1]).toEqual([['en', '<b>Kataib Hezbollah</b> (KH) promised a response.'], ['ar', 'توعّدت <b>كتائب حزب الله</b> بالرد.']]);
    expect(all[4]![0]![1]).toBe('AAH &amp; KH read it differently.'); // one level of escaping is the file's, one is the text's
    expect(all[6]![1]).toEqual(['fa', 'مقاومت وقتی پیروز می\u200cشود که خونسردی\u200cاش را حفظ کند.']);
  });
});
