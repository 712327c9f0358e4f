import { describe, expect, it } from 'vitest';
import type { PmNode } from './types';
import { paneHtml, paneShownText, paneText, posAtTextOffset } from './pane-html';

const text = (t: string, marks?: PmNode['marks']): PmNode => ({ type: 'text', text: t, marks });
const doc = (...blocks: PmNode[][]): PmNode => ({ type: 'doc', content: blocks.map((content) => ({ type: 'paragraph', content })) });

describe("a pane's static HTML", () => {
  it('renders paragraphs, headings, line breaks and the marks the editor shows', () => {
    const d: PmNode = {
      type: 'doc',
      content: [
        { type: 'heading', content: [text('Kataib Hezbollah')] },
        { type: 'paragraph', content: [text('قال '), text('كتائب حزب الله', [{ type: 'glossaryTerm', attrs: { conceptId: 'c-12' } }]), { type: 'hardBreak' }, text('bold', [{ type: 'bold' }, { type: 'italic' }])] },
      ],
    };
    expect(paneHtml(d)).toBe('<h2><span>Kataib Hezbollah</span></h2><p><span>قال </span><span><span class="glossary-term" data-concept-id="c-12">كتائب حزب الله</span></span><br><span><em><strong>bold</strong></em></span></p>');
  });

  it('escapes every text and attribute, and drops script links', () => {
    const d = doc([
      text('<script>alert(1)</script> & "x"'),
      text('here', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
      text('there', [{ type: 'link', attrs: { href: 'https://example.org/?a=1&b="2"' } }]),
      text('قول', [{ type: 'originalWording', attrs: { lang: 'ar"><img src=x onerror=alert(1)>' } }]),
    ]);
    const html = paneHtml(d);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(html).toContain('<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">there</a>');
    expect(html).toContain('lang="ar&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('keeps Farsi ZWNJ and is empty for an empty pane', () => {
    expect(paneHtml(doc([text('حزب\u200cالله')]))).toBe('<p><span>حزب\u200cالله</span></p>');
    expect(paneHtml(null)).toBe('');
  });

  it('its text is what the browser reads from it: blocks and line breaks add nothing', () => {
    expect(paneText(doc([text('الحشد '), { type: 'hardBreak' }, text('الشعبي')], [text('سپاه\u200cپاسداران')]))).toBe('الحشد الشعبيسپاه\u200cپاسداران');
    expect(paneText(null)).toBe('');
  });
});

describe('a place in the pane text as a place in the editor', () => {
  const d = doc([text('ab'), { type: 'hardBreak' }, text('cd')], [text('ef')]);
  // <p>a b <br> c d</p><p>e f</p>: positions 0 <p> 1 a 2 b 3 <br> 4 c 5 d 6 </p> 7 <p> 8 e 9 f 10
  it.each([
    [0, 1],
    [1, 2],
    [2, 3], // before the line break: end of the first text
    [3, 5],
    [4, 6], // the end of the first block, not the start of the next
    [5, 9],
    [6, 10],
    [99, 10],
  ])('offset %i is position %i', (offset, pos) => {
    expect(posAtTextOffset(d, offset)).toBe(pos);
  });

  it('an empty pane takes text at the start of its first paragraph', () => {
    expect(posAtTextOffset(null, 0)).toBe(1);
    expect(posAtTextOffset({ type: 'doc', content: [{ type: 'paragraph' }] }, 0)).toBe(1);
  });

  it('counts Arabic and Farsi in UTF-16 units, as the editor does', () => {
    const f = doc([text('می\u200cشود')]);
    expect(posAtTextOffset(f, 3)).toBe(4);
  });
});

describe("the text a static pane shows", () => {
  it('is the content’s text, Farsi ZWNJ kept, and nothing for an empty pane whatever its content', () => {
    const fa = doc([text('حزب‌الله')]);
    expect(paneShownText({ text: 'حزب‌الله', content: fa })).toBe('حزب‌الله');
    expect(paneShownText({ text: '', content: fa })).toBe('');
    expect(paneShownText({ text: 'المقاومة', content: null })).toBe('');
  });
});
