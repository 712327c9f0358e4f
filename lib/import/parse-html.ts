import type { PmMark, SegmentKind } from '../documents/types';
import { tokenizeHtml } from './html-tokens';
import { BOLD, ITALIC, linkMark, sortMarks, trimRuns, type Block, type Run } from './runs';
import { safeHref } from './safe-href';
import type { ParsedSource, SourceMeta } from './source-meta';

// Page furniture, never body text.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'svg', 'iframe', 'object', 'head', 'textarea']);
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'wbr', 'area', 'base', 'col', 'embed', 'source', 'track', 'param']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'figcaption', 'figure', 'pre', 'table', 'tr', 'td', 'th', 'caption', 'dt', 'dd', 'dl', 'section', 'article', 'header', 'main', 'address', 'center', 'body', 'html']);

interface Frame { name: string; bold?: boolean; italic?: boolean; href?: string | null; skip?: boolean }

/** Formatting an element's tag and inline style say (style wins: Google Docs wraps all in <b style="font-weight:normal">). */
function frameFor(name: string, attrs: Record<string, string>): Frame {
  const f: Frame = { name };
  if (name === 'b' || name === 'strong') f.bold = true;
  if (name === 'i' || name === 'em') f.italic = true;
  if (name === 'a') f.href = attrs.href !== undefined ? safeHref(attrs.href) : null;
  const style = (attrs.style ?? '').toLowerCase();
  const weight = /font-weight\s*:\s*([a-z0-9]+)/u.exec(style)?.[1];
  if (weight) f.bold = weight === 'bold' || weight === 'bolder' || (/^\d+$/u.test(weight) && Number(weight) >= 600);
  const fontStyle = /font-style\s*:\s*([a-z]+)/u.exec(style)?.[1];
  if (fontStyle) f.italic = fontStyle === 'italic' || fontStyle === 'oblique';
  // Word's list bullets and hidden text are presentation, not text.
  if (SKIP.has(name) || /mso-list\s*:\s*ignore|display\s*:\s*none/u.test(style) || 'hidden' in attrs) f.skip = true;
  return f;
}

function kindOf(stack: Frame[]): { kind: SegmentKind; level?: number } {
  for (let k = stack.length - 1; k >= 0; k--) {
    const h = /^h([1-6])$/u.exec(stack[k].name);
    if (h) return { kind: 'heading', level: Number(h[1]) };
  }
  const names = new Set(stack.map((f) => f.name));
  if (names.has('figcaption') || names.has('caption')) return { kind: 'caption' };
  if (names.has('li')) return { kind: 'list-item' };
  if (names.has('blockquote')) return { kind: 'quote' };
  return { kind: 'paragraph' };
}

function marksOf(stack: Frame[]): PmMark[] {
  let bold = false, italic = false;
  let href: string | null = null;
  for (const f of stack) {
    if (f.bold !== undefined) bold = f.bold;
    if (f.italic !== undefined) italic = f.italic;
    if (f.href !== undefined) href = f.href;
  }
  const marks: PmMark[] = [];
  if (bold) marks.push(BOLD);
  if (italic) marks.push(ITALIC);
  if (href) marks.push(linkMark(href));
  return sortMarks(marks);
}

/** Windows clipboard (CF_HTML) header lines before the markup, e.g. SourceURL. */
function splitClipboardHeader(html: string): { header: Record<string, string>; body: string } {
  const header: Record<string, string> = {};
  if (!/^Version:\d/u.test(html)) return { header, body: html };
  const lt = html.indexOf('<');
  for (const line of html.slice(0, lt < 0 ? html.length : lt).split(/\r?\n/u)) {
    const m = /^([A-Za-z]+):(.*)$/u.exec(line.trim());
    if (m) header[m[1]] = m[2].trim();
  }
  return { header, body: lt < 0 ? '' : html.slice(lt) };
}

/** HTML (a pasted fragment or a saved page) to blocks with bold, italic and link marks. */
export function parseHtml(source: string): ParsedSource {
  const { header, body } = splitClipboardHeader(source);
  const meta: SourceMeta = {};
  if (/^https?:\/\//u.test(header.SourceURL ?? '')) meta.sourceUrl = header.SourceURL;
  const blocks: Block[] = [];
  const stack: Frame[] = [];
  let runs: Run[] = [];
  let inTitle = false;
  let preDepth = 0;
  // Browsers mark the copied range; outside it is the page's chrome.
  const startMark = body.indexOf('<!--StartFragment-->');
  const endMark = body.indexOf('<!--EndFragment-->');
  const hasFragment = startMark >= 0 && endMark > startMark;

  const flush = () => {
    const trimmed = trimRuns(runs);
    runs = [];
    if (trimmed.length) blocks.push({ ...kindOf(stack), runs: trimmed });
  };
  const popTo = (name: string) => {
    const at = stack.map((f) => f.name).lastIndexOf(name);
    if (at < 0) return false;
    stack.length = at;
    return true;
  };

  const readMeta = (name: string, attrs: Record<string, string>) => {
    const prop = (attrs.property ?? attrs.name ?? '').toLowerCase();
    if (name === 'meta' && prop === 'og:url' && attrs.content) meta.sourceUrl ??= attrs.content;
    if (name === 'meta' && prop === 'og:title' && attrs.content) meta.title ??= attrs.content;
    if (name === 'meta' && prop === 'author' && attrs.content) meta.authors ??= attrs.content.split(/\s*[,،]\s*/u);
    if (name === 'link' && /\bcanonical\b/iu.test(attrs.rel ?? '') && attrs.href) meta.sourceUrl ??= attrs.href;
  };

  // Metadata lives in <head>, outside the copied fragment: read it from the whole page first.
  for (const t of tokenizeHtml(body)) {
    if (t.type === 'start') { readMeta(t.name, t.attrs); inTitle = t.name === 'title'; }
    else if (t.type === 'text' && inTitle) { meta.title ??= t.text.replace(/\s+/gu, ' ').trim() || undefined; inTitle = false; }
  }
  const markup = hasFragment ? body.slice(startMark, endMark) : body;

  for (const t of tokenizeHtml(markup)) {
    const skipping = stack.some((f) => f.skip);
    if (t.type === 'text') {
      if (skipping) continue;
      const text = preDepth > 0 ? t.text.replace(/\u00a0/gu, ' ') : t.text.replace(/[\s\u00a0]+/gu, ' ');
      if (preDepth > 0) {
        text.split('\n').forEach((line, k) => {
          if (k > 0) runs.push({ text: '\n', marks: [], hardBreak: true });
          if (line) runs.push({ text: line, marks: marksOf(stack) });
        });
        continue;
      }
      const last = runs[runs.length - 1];
      const collapse = text.startsWith(' ') && (!last || last.hardBreak || last.text.endsWith(' '));
      const value = collapse ? text.slice(1) : text;
      if (value) runs.push({ text: value, marks: marksOf(stack) });
    } else if (t.type === 'start') {
      if (VOID.has(t.name) || t.selfClosing) {
        if (skipping) continue;
        if (t.name === 'br') runs.push({ text: '\n', marks: [], hardBreak: true });
        if (t.name === 'hr') flush();
        continue;
      }
      // An unclosed <head> ends where the body starts, as in browsers.
      if (t.name === 'body') popTo('head');
      if (BLOCK.has(t.name)) {
        flush();
        // A new block closes an open <p>; a new <li>/<dt>/<dd> closes its open sibling.
        const inner = [...stack].reverse().find((f) => BLOCK.has(f.name));
        if (inner?.name === 'p' || (inner && ['li', 'dt', 'dd'].includes(t.name) && inner.name === t.name)) popTo(inner.name);
      }
      if (t.name === 'pre') preDepth++;
      stack.push(frameFor(t.name, t.attrs));
    } else {
      if (!stack.some((f) => f.name === t.name)) continue;
      if (BLOCK.has(t.name)) flush();
      if (t.name === 'pre') preDepth = Math.max(0, preDepth - 1);
      popTo(t.name);
    }
  }
  flush();
  return { blocks, meta };
}
