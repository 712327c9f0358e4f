import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { PmNode, SegmentDraft } from '../documents/types';
import { detectFormat, importDocument, MAX_DOCUMENT_BYTES } from './import-document';
import { ImportError, isImportError } from './import-error';

const enc = (s: string) => new TextEncoder().encode(s);
const inline = (s: SegmentDraft): PmNode[] => s.content.content?.[0].content ?? [];

async function codeOf(p: Promise<unknown>): Promise<{ code: string; params: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    expect(isImportError(e)).toBe(true);
    return { code: (e as ImportError).code, params: (e as ImportError).params };
  }
  throw new Error('expected an ImportError');
}

async function buildDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph({ text: 'Sabereen News and the muqawama', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ children: [new TextRun('The group '), new TextRun({ text: 'Kataib Hezbollah', bold: true }), new TextRun(' posted a verse.')] }),
        new Paragraph({ bidirectional: true, children: [new TextRun({ text: 'نشرت ', rightToLeft: true }), new TextRun({ text: 'كتائب حزب الله', bold: true, rightToLeft: true }), new TextRun({ text: ' آية قرآنية.', rightToLeft: true })] }),
        new Paragraph({ children: [new TextRun({ text: 'muqawama', italics: true }), new TextRun(' means resistance.')] }),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('importDocument: DOCX', () => {
  it('reads a heading, bold and Arabic and English paragraphs', async () => {
    const bytes = await buildDocx();
    expect(detectFormat({ bytes, fileName: 'brief.docx' })).toBe('docx');
    expect(detectFormat({ bytes })).toBe('docx'); // sniffed from the zip's word/document.xml
    const d = await importDocument({ bytes, fileName: 'brief.docx' });
    expect(d.title).toBe('Sabereen News and the muqawama');
    expect(d.sourceLang).toBe('en');
    expect(d.segments.map((s) => [s.kind, s.text])).toEqual([
      ['heading', 'Sabereen News and the muqawama'],
      ['paragraph', 'The group Kataib Hezbollah posted a verse.'],
      ['paragraph', 'نشرت كتائب حزب الله آية قرآنية.'],
      ['paragraph', 'muqawama means resistance.'],
    ]);
    const bold = (s: SegmentDraft) => inline(s).filter((n) => n.marks?.some((m) => m.type === 'bold')).map((n) => n.text);
    expect(bold(d.segments[1])).toEqual(['Kataib Hezbollah']);
    expect(bold(d.segments[2])).toEqual(['كتائب حزب الله']);
    expect(inline(d.segments[3])[0]).toEqual({ type: 'text', text: 'muqawama', marks: [{ type: 'italic' }] });
  });

  it('refuses a corrupt DOCX', async () => {
    const good = await buildDocx();
    const truncated = good.slice(0, Math.floor(good.length / 2));
    expect((await codeOf(importDocument({ bytes: truncated, fileName: 'brief.docx' }))).code).toBe('import-docx-corrupt');
    expect((await codeOf(importDocument({ bytes: enc('not a zip at all'), fileName: 'brief.docx' }))).code).toBe('import-docx-corrupt');
  });
});

describe('importDocument: bad input', () => {
  const cases: Array<[string, () => Parameters<typeof importDocument>[0], string]> = [
    ['empty file', () => ({ bytes: new Uint8Array(0), fileName: 'a.txt' }), 'import-empty'],
    ['whitespace only', () => ({ bytes: enc('  \n\t\n  ') }), 'import-empty'],
    ['only bidi marks and ZWNJ', () => ({ bytes: enc('\u200f \u200c\n\u200e') }), 'import-empty'],
    ['NUL bytes', () => ({ bytes: new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02]), fileName: 'a.txt' }), 'import-binary'],
    ['invalid UTF-8', () => ({ bytes: new Uint8Array([0x48, 0x69, 0xff, 0xfe, 0x41]), fileName: 'a.md' }), 'import-binary'],
    ['Arabic in windows-1256 (not UTF-8)', () => ({ bytes: new Uint8Array([0xe3, 0xde, 0xc7, 0xe6, 0xe3, 0xc9]) }), 'import-binary'],
    ['Farsi in UTF-16LE without a BOM', () => ({ bytes: new Uint8Array([0x46, 0x06, 0x20, 0x00, 0xcc, 0x06]) }), 'import-binary'],
    ['too large', () => ({ bytes: new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61), fileName: 'a.txt' }), 'import-too-large'],
    ['PDF', () => ({ bytes: enc('%PDF-1.7\n...'), fileName: 'a.pdf' }), 'import-unsupported'],
    ['a zip that is not a DOCX', () => ({ bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), fileName: 'a.zip' }), 'import-unsupported'],
    ['HTML with only chrome', () => ({ bytes: enc('<html><body><nav>Home</nav><script>x()</script></body></html>') }), 'import-no-content'],
  ];
  it.each(cases)('%s', async (_, input, code) => {
    expect((await codeOf(importDocument(input()))).code).toBe(code);
  });

  it('gives parameters, not sentences', async () => {
    const tooLarge = await codeOf(importDocument({ bytes: new Uint8Array(MAX_DOCUMENT_BYTES + 1) }));
    expect(tooLarge.params).toEqual({ size: MAX_DOCUMENT_BYTES + 1, limit: MAX_DOCUMENT_BYTES });
    const binary = await codeOf(importDocument({ bytes: new Uint8Array([0x41, 0x42, 0xc3, 0x28]) }));
    expect(binary.params).toEqual({ reason: 'invalid-utf8', offset: 2 });
  });

  it('accepts the largest allowed size and UTF-16 with a BOM (Farsi)', async () => {
    const text = 'نیروی قدس\n\nسپاه پاسداران انقلاب اسلامی پیامی منتشر کرد.';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) { utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff; utf16[3 + 2 * i] = text.charCodeAt(i) >> 8; }
    const d = await importDocument({ bytes: utf16, fileName: 'fa.txt' });
    expect(d.sourceLang).toBe('fa');
    expect(d.segments[1].text).toBe('سپاه پاسداران انقلاب اسلامی پیامی منتشر کرد.');
    const big = new Uint8Array(MAX_DOCUMENT_BYTES).fill(0x61);
    big.set(enc('Title\n\n'));
    const started = performance.now();
    const draft = await importDocument({ bytes: big, fileName: 'big.txt' });
    expect(draft.segments).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
