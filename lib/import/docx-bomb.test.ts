import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildZip, deflated, deflatedRepeat, type RawEntry } from '../../tests/support/zip-builder';
import { DOCX_LIMITS, openDocxPackage } from './docx-package';
import { importDocument } from './import-document';
import { isImportError, type ImportError } from './import-error';
import { ZIP_LIMITS } from './zip-archive';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>`;
const TAIL = '</w:body></w:document>';
const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;

/** Text that compresses like real XML, not like a bomb: longer than deflate's 32 KiB window, seeded letters. */
function plausible(length: number, piece: (word: string) => string): string {
  let seed = 7;
  const letter = () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 26));
  let out = '';
  while (out.length < length) out += piece(letter() + letter() + letter() + letter() + letter());
  return out;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A minimal DOCX whose main part is `document`. */
const docx = (document: RawEntry, extra: RawEntry[] = []) =>
  buildZip([deflated('[Content_Types].xml', CONTENT_TYPES), deflated('_rels/.rels', RELS), document, ...extra]);

async function refusal(bytes: Uint8Array): Promise<{ code: string; params: Record<string, unknown>; ms: number; rssMb: number; peakMb: number; buffersMb: number }> {
  const mb = (n: number) => n / (1024 * 1024);
  const before = process.memoryUsage();
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  try {
    await importDocument({ bytes, fileName: 'analysis.docx' });
  } catch (e) {
    const ms = performance.now() - t0;
    const after = process.memoryUsage();
    expect(isImportError(e)).toBe(true);
    const { code, params } = e as ImportError;
    return {
      code,
      params,
      ms,
      rssMb: mb(after.rss - before.rss),
      peakMb: mb(process.resourceUsage().maxRSS * 1024 - peakBefore),
      buffersMb: mb(after.arrayBuffers - before.arrayBuffers),
    };
  }
  throw new Error('expected an ImportError');
}

function expectCheap(r: { ms: number; rssMb: number; peakMb: number; buffersMb: number }) {
  console.info(`refused in ${r.ms.toFixed(1)} ms; rss ${r.rssMb.toFixed(1)} MB, peak rss +${r.peakMb.toFixed(1)} MB, array buffers ${r.buffersMb.toFixed(1)} MB`);
  expect(r.ms).toBeLessThan(1000);
  expect(r.rssMb).toBeLessThan(200);
  expect(r.peakMb).toBeLessThan(200);
  expect(r.buffersMb).toBeLessThan(200);
}

describe('DOCX zip bombs are refused before parsing, cheaply', () => {
  // 1.2 GB of zeros inside word/document.xml, about 1.2 MB compressed: under the 10 MB upload limit.
  const zeros = deflatedRepeat(HEAD, '\0'.repeat(1024), 1_200_000, TAIL);

  it('a main part declared at 1.2 GB is refused from the directory alone', async () => {
    expect(zeros.data.length).toBeLessThan(10 * 1024 * 1024);
    expect(zeros.size).toBeGreaterThan(1.2e9);
    const r = await refusal(docx({ name: 'word/document.xml', data: zeros.data, method: 8, size: zeros.size, crc: 0 }));
    expect(r).toMatchObject({ code: 'import-archive-too-large', params: { entry: 'word/document.xml', limit: ZIP_LIMITS.maxEntryBytes, scope: 'entry' } });
    expectCheap(r);
  });

  it('a directory that lies about the size is caught while inflating: at the declared size, or by the ratio', async () => {
    for (const [declared, reason] of [[10_000, 'size-mismatch'], [ZIP_LIMITS.maxEntryBytes, 'ratio']] as const) {
      const r = await refusal(docx({ name: 'word/document.xml', data: zeros.data, method: 8, size: declared, crc: 0 }));
      expect(r).toMatchObject({ code: 'import-archive-unsafe', params: { entry: 'word/document.xml', reason } });
      expectCheap(r);
    }
  });

  it('a part that inflates more than 500 times is refused after 1 MiB even when its size is honest', async () => {
    const ones = deflatedRepeat(HEAD, ' '.repeat(1024), 10 * 1024, TAIL); // 10 MiB of spaces
    const r = await refusal(docx({ name: 'word/document.xml', data: ones.data, method: 8, size: ones.size, crc: ones.crc }));
    expect(r).toMatchObject({ code: 'import-archive-unsafe', params: { entry: 'word/document.xml', reason: 'ratio' } });
    expectCheap(r);
  });

  it('a flood of empty paragraphs within the byte caps is refused by the paragraph cap', async () => {
    const prefixed = plausible(40_000, (w) => `<x:p xmlns:x="${W}"><x:r><x:t>${w}</x:t></x:r></x:p>`);
    for (const unit of ['<w:p/>', prefixed]) {
      const times = Math.floor((ZIP_LIMITS.maxEntryBytes - 200) / unit.length);
      const flood = deflatedRepeat(HEAD, unit, times, TAIL);
      const r = await refusal(docx({ name: 'word/document.xml', data: flood.data, method: 8, size: flood.size, crc: flood.crc }));
      expect(r).toMatchObject({ code: 'import-archive-too-many-paragraphs', params: { entry: 'word/document.xml', limit: DOCX_LIMITS.maxParagraphs } });
      expectCheap(r);
    }
  });

  it('a flood of runs in one paragraph is refused by the element cap', async () => {
    const unit = plausible(40_000, (w) => `<w:r><w:t>${w}</w:t></w:r>`);
    const runs = (unit.match(/<w:r>/gu) ?? []).length;
    const flood = deflatedRepeat(HEAD + '<w:p>', unit, Math.ceil(DOCX_LIMITS.maxElements / (2 * runs)) + 1, '</w:p>' + TAIL);
    const r = await refusal(docx({ name: 'word/document.xml', data: flood.data, method: 8, size: flood.size, crc: flood.crc }));
    expect(r).toMatchObject({ code: 'import-archive-too-many-elements', params: { limit: DOCX_LIMITS.maxElements } });
    expectCheap(r);
  });

  it('XML parts together may not pass the total cap', async () => {
    const unit = plausible(40_000, (w) => `${w}${' '.repeat(95)}`);
    const part = (i: number) => {
      const p = deflatedRepeat(HEAD, unit, 26, TAIL); // about 1 MB
      return { name: `word/part${i}.xml`, data: p.data, method: 8, size: p.size, crc: p.crc };
    };
    const bytes = docx(deflated('word/document.xml', HEAD + para('x') + TAIL), [part(1), part(2), part(3)]);
    const limits = { ...DOCX_LIMITS, maxTotalBytes: 2.5 * 1024 * 1024 };
    await expect(openDocxPackage(bytes, limits)).rejects.toMatchObject({ code: 'import-archive-too-large', params: { entry: 'word/part3.xml', limit: limits.maxTotalBytes, scope: 'total' } });
    await expect(openDocxPackage(bytes, { ...limits, maxTotalBytes: 4 * 1024 * 1024 })).resolves.toBeDefined();
  });
});

describe('DOCX archive tricks', () => {
  const good = () => deflated('word/document.xml', HEAD + para('Hello') + TAIL);
  const cases: [string, () => Uint8Array, string, Record<string, unknown>][] = [
    ['too many entries', () => docx(good(), Array.from({ length: ZIP_LIMITS.maxEntries }, (_, i) => ({ name: `media/${i}.bin`, data: new Uint8Array(0) }))), 'import-archive-too-many-entries', { limit: ZIP_LIMITS.maxEntries }],
    ['a zip64 locator', () => buildZip([good()], { zip64Locator: true }), 'import-archive-unsafe', { reason: 'zip64' }],
    ['a zip64 size marker', () => docx({ ...good(), size: 0xffffffff }), 'import-archive-unsafe', { reason: 'zip64' }],
    ['encryption', () => docx({ ...good(), flags: 1 }), 'import-archive-unsafe', { reason: 'encrypted' }],
    ['an unknown method (bzip2)', () => docx({ ...good(), method: 12 }), 'import-archive-unsafe', { reason: 'method' }],
    ['a duplicate name', () => docx(good(), [good()]), 'import-archive-unsafe', { reason: 'duplicate' }],
    ['a declared size larger than the data', () => docx({ ...good(), size: 1000 }), 'import-archive-unsafe', { reason: 'size-mismatch', entry: 'word/document.xml' }],
    ['a stored entry whose sizes differ', () => docx(good(), [{ name: 'word/styles.xml', data: new TextEncoder().encode('<a/>'), size: 40 }]), 'import-archive-unsafe', { reason: 'size-mismatch' }],
    // The non-recursive bomb: many directory entries sharing one compressed stream.
    ['entries sharing their data (overlap)', () => {
      const next = deflated('word/footnotes.xml', '<w:footnotes/>');
      const first = { ...good(), compressedSize: good().data.length + 30 + next.name.length + next.data.length };
      return docx(first, [next]);
    }, 'import-archive-unsafe', { reason: 'overlap' }],
    ['a directory entry pointing at another entry\'s header', () => docx(good(), [{ ...good(), name: 'word/footnotes.xml', sharesHeaderAt: 0 }]), 'import-archive-unsafe', { reason: 'header-mismatch' }],
    ['a wrong CRC', () => docx({ ...good(), crc: 12345 }), 'import-docx-corrupt', { reason: 'crc' }],
    ['a broken deflate stream', () => docx({ ...good(), data: new Uint8Array([0xff, 0xff, 0xff]) }), 'import-docx-corrupt', { reason: 'deflate' }],
    ['a truncated file', () => docx(good()).slice(0, 100), 'import-docx-corrupt', { reason: 'zip' }],
  ];
  it.each(cases)('refuses %s', async (_label, make, code, params) => {
    const r = await refusal(make());
    expect(r.code).toBe(code);
    expect(r.params).toMatchObject(params);
  });

  it('a nested archive (embedded workbook) is allowed and never opened', async () => {
    const inner = deflatedRepeat('', '\0'.repeat(1024), 100_000, ''); // would inflate to 100 MB
    const d = await importDocument({
      bytes: docx(good(), [{ name: 'word/embeddings/Sheet1.xlsx', data: inner.data, method: 8, size: inner.size, crc: 0 }]),
      fileName: 'a.docx',
    });
    expect(d.segments.map((s) => s.text)).toEqual(['Hello']);
  });
});

describe('DOCX within the caps still imports', () => {
  it('Arabic, Farsi and English paragraphs, with a picture that is never inflated', async () => {
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ children: [new TextRun('The resistance (muqawama) posted a statement.')] }),
          new Paragraph({ bidirectional: true, children: [new TextRun({ text: 'نشرت المقاومة الإسلامية بياناً.', rightToLeft: true })] }),
          new Paragraph({ bidirectional: true, children: [new TextRun({ text: 'حزب‌الله بیانیه‌ای منتشر کرد.', rightToLeft: true })] }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })] }),
        ],
      }],
    });
    const d = await importDocument({ bytes: new Uint8Array(await Packer.toBuffer(doc)), fileName: 'brief.docx', sourceLang: 'en' });
    expect(d.segments.map((s) => s.text)).toEqual([
      'The resistance (muqawama) posted a statement.',
      'نشرت المقاومة الإسلامية بياناً.',
      'حزب‌الله بیانیه‌ای منتشر کرد.',
    ]);
  });

  it('a long report (2,000 formatted paragraphs, inflating about 75 times) stays inside the caps', async () => {
    const children = Array.from({ length: 2000 }, (_, i) =>
      i % 2
        ? new Paragraph({ bidirectional: true, children: [new TextRun({ text: `الفقرة ${i}: نشرت `, rightToLeft: true }), new TextRun({ text: 'كتائب حزب الله', bold: true, rightToLeft: true }), new TextRun({ text: ' بياناً جديداً.', rightToLeft: true })] })
        : new Paragraph({ children: [new TextRun(`Paragraph ${i}: the group `), new TextRun({ text: 'Kataib Hezbollah', bold: true }), new TextRun({ text: ' posted a verse.', italics: true })] }),
    );
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
    const d = await importDocument({ bytes, fileName: 'long.docx', sourceLang: 'en' });
    expect(d.segments).toHaveLength(2000);
    expect(d.segments[1999]!.text).toBe('الفقرة 1999: نشرت كتائب حزب الله بياناً جديداً.');
  }, 60_000);

  it('a main part named by its relationship, not at word/document.xml', async () => {
    const rels = RELS.replace('word/document.xml', 'word/main.xml');
    const d = await importDocument({
      bytes: buildZip([deflated('[Content_Types].xml', CONTENT_TYPES), deflated('_rels/.rels', rels), deflated('word/main.xml', HEAD + para('مرحبا') + TAIL)]),
      fileName: 'a.docx',
    });
    expect(d.segments.map((s) => s.text)).toEqual(['مرحبا']);
  });
});
