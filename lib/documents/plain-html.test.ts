import { describe, expect, it } from 'vitest';
import type { DocumentRow } from './views';
import { plainDocumentHtml } from './plain-html';

const para = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

const doc: DocumentRow = {
  id: 7,
  title: 'Kataib Hezbollah <and> "AAH"',
  authors: [],
  publishedOn: null,
  sourceUrl: null,
  sourceLang: 'en',
  segments: [
    {
      id: 1,
      position: 0,
      kind: 'paragraph',
      content: para('the <script>alert(1)</script> muqawama'),
      text: 'the <script>alert(1)</script> muqawama',
      doNotTranslate: false,
      version: 1,
      translations: { ar: { content: null, text: 'المقاومة العراقية & إيران', state: 'initial', version: 1 }, fa: { content: null, text: 'حزب‌الله', state: 'translated', version: 1 } },
    },
  ],
};

describe('the plain HTML page of a document (the editor benchmark baseline)', () => {
  const html = plainDocumentHtml(doc);

  it('has one row per segment, the source and an editable box per target in its own direction', () => {
    expect(html.match(/<tr /g)).toHaveLength(1);
    expect(html).toContain('<td lang="ar" dir="rtl" data-lang="ar"><div contenteditable="true" role="textbox">المقاومة العراقية &amp; إيران</div></td>');
    // Farsi keeps its ZWNJ
    expect(html).toContain('<td lang="fa" dir="rtl" data-lang="fa"><div contenteditable="true" role="textbox">حزب\u200cالله</div></td>');
    expect(html).toContain('<td lang="en" dir="ltr" data-lang="en">');
  });

  it('escapes every text: no markup from a segment or the title gets through', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('the &lt;script&gt;alert(1)&lt;/script&gt; muqawama');
    expect(html).toContain('<title>Kataib Hezbollah &lt;and&gt; &quot;AAH&quot;</title>');
    expect(html).not.toMatch(/<script/i);
  });
});
