import { escapeXml } from '../formats/xml';
import { safeHref } from '../import/safe-href';
import type { PmMark, PmNode } from './types';

/*
 * A pane's text as the HTML shown before its editor stands (a static row, or a live row whose editor is
 * still being built). One string, so that the page can give it to the browser as the pane's own markup:
 * the server's HTML is editable before any script has run, and what is typed into it stays there while
 * React hydrates the page (React does not look inside markup it was given as a string).
 *
 * Also the mapping back: the pane's text as that markup holds it (`paneText`, what `textContent` gives)
 * and a place in that text as a position in the editor's document (`posAtTextOffset`).
 */

function markHtml(inner: string, mark: PmMark): string {
  const a = mark.attrs ?? {};
  switch (mark.type) {
    case 'bold':
      return `<strong>${inner}</strong>`;
    case 'italic':
      return `<em>${inner}</em>`;
    case 'underline':
      return `<u>${inner}</u>`;
    case 'strike':
      return `<s>${inner}</s>`;
    case 'link': {
      const href = typeof a.href === 'string' ? safeHref(a.href) : null;
      return href ? `<a href="${escapeXml(href)}">${inner}</a>` : inner;
    }
    case 'originalWording':
      return `<span class="original-wording" data-original-wording="" lang="${escapeXml(String(a.lang ?? ''))}">${inner}</span>`;
    case 'glossaryTerm':
      return `<span class="glossary-term" data-concept-id="${escapeXml(String(a.conceptId ?? ''))}">${inner}</span>`;
    default:
      return inner;
  }
}

function inlineHtml(nodes: PmNode[] | undefined): string {
  let out = '';
  for (const n of nodes ?? []) {
    if (n.type === 'text') out += `<span>${(n.marks ?? []).reduce(markHtml, escapeXml(n.text ?? ''))}</span>`;
    else if (n.type === 'hardBreak') out += '<br>';
  }
  return out;
}

/** The pane's Tiptap JSON as static HTML: paragraphs and headings, their marks, every text escaped. */
export function paneHtml(doc: PmNode | null): string {
  return (doc?.content ?? []).map((b) => (b.type === 'heading' ? `<h2>${inlineHtml(b.content)}</h2>` : `<p>${inlineHtml(b.content)}</p>`)).join('');
}

/** The text of `paneHtml(doc)` as the browser gives it (`textContent`): no separator between blocks, none for a line break. */
export function paneText(doc: PmNode | null): string {
  let out = '';
  for (const b of doc?.content ?? []) for (const n of b.content ?? []) if (n.type === 'text') out += n.text ?? '';
  return out;
}

/** The text a pane's static HTML shows for its stored text and content (nothing for an empty pane). */
export function paneShownText(pane: { text: string; content: PmNode | null }): string {
  return pane.text === '' ? '' : paneText(pane.content);
}

/**
 * Where the character at `offset` of `paneText(doc)` is in the editor's document (a ProseMirror
 * position: each block opens and closes with one, a line break is one wide). An offset at the end of
 * a block is the end of that block, not the start of the next; past the end, the end of the last block.
 */
export function posAtTextOffset(doc: PmNode | null, offset: number): number {
  const blocks = doc?.content ?? [];
  let pos = 0;
  let left = Math.max(0, offset);
  for (const [i, b] of blocks.entries()) {
    pos += 1; // into the block
    for (const n of b.content ?? []) {
      if (n.type === 'text') {
        const len = (n.text ?? '').length;
        if (left <= len) return pos + left;
        left -= len;
        pos += len;
      } else {
        // a line break (or another inline leaf): text typed right before it goes before it
        if (left === 0) return pos;
        pos += 1;
      }
    }
    if (left === 0 || i === blocks.length - 1) return pos;
    pos += 1; // out of the block
  }
  return 1;
}
