import type { KeyboardEvent } from 'react';
import type { SegmentKind } from '@/lib/documents/types';
import { dirOf, type Lang } from '@/lib/text/lang';
import { paneHtml } from '@/lib/documents/pane-html';
import type { PaneData } from './use-pane-store';

/**
 * The words of static rows, worded once per page (thousands of static rows must not each format
 * messages): labels with the row's number are templates filled in per row.
 */
export interface StaticLabels {
  kind: Record<SegmentKind, string>;
  state: Record<'initial' | 'draft' | 'translated' | 'reviewed' | 'final', string>;
  placeholder: Partial<Record<Lang, string>>;
  doNotTranslate: string;
  pane: (lang: Lang, n: number) => string;
  segment: (n: number) => string;
}

/**
 * A pane of a row away from the screen (or of every row before the page's script has run): plain HTML
 * of its stored text in the frame of a live pane (its state; counts come with life), and a textbox that
 * brings the row to life on focus or click. A pane the user may edit is editable HTML from the server's
 * first byte: a click puts the caret in it and keys show at once, before any script has run; its markup
 * is given to React as a string, so hydrating the page leaves what was typed in place, and the grid's
 * `keepTyped` (called when the pane leaves the page, its row turning live) hands it to the pane's editor.
 * No hooks: a document has thousands of these.
 */
/**
 * Enter in a static pane (once the page is hydrated, before the pane's editor stands): a line break as
 * text, which the pane's text keeps and its editor turns into a new paragraph. The browser's own Enter
 * makes a new block element, which the pane's text does not show (the words would be joined). A break
 * at the very end gets a <br> after it (no text), or the browser puts the caret back before the break.
 */
function newLineAsText(e: KeyboardEvent<HTMLDivElement>) {
  if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.altKey || e.nativeEvent.isComposing) return;
  const pane = e.currentTarget;
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || !pane.contains(sel.anchorNode)) return;
  e.preventDefault();
  const range = sel.getRangeAt(0);
  range.deleteContents();
  const brk = document.createTextNode('\n');
  range.insertNode(brk);
  const after = document.createRange();
  after.selectNodeContents(pane);
  after.setStartAfter(brk);
  if (after.toString() === '') brk.after(document.createElement('br'));
  range.setStartAfter(brk);
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
}

/**
 * The text a static pane holds now, as its editor should take it: its text, and a line break for each
 * line the browser made with its own Enter before the page had any script (a `<div>` per line; the pane's
 * own markup has none, so nothing the server wrote changes). `textContent` would join those lines' words.
 * A line is one after anything before it in the pane; a line holding only the browser's `<br>` is empty.
 * Not covered: Enter inside a paragraph the pane came with (the browser splits it into two `<p>`, which
 * read as one line, as before).
 */
export function typedPaneText(pane: Element): string {
  let out = '';
  let any = false;
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        out += child.nodeValue ?? '';
        any = true;
      } else if (child instanceof Element) {
        if (child.tagName === 'DIV') {
          if (any) out += '\n';
          any = true;
        }
        walk(child);
      }
    }
  };
  walk(pane);
  return out;
}

export function StaticPane({
  lang,
  pane,
  isSource,
  editable,
  segmentIndex,
  labels,
  onActivate,
  keepTyped,
}: {
  lang: Lang;
  pane: PaneData;
  isSource: boolean;
  editable: boolean;
  segmentIndex: number;
  labels: StaticLabels;
  onActivate: () => void;
  /** A ref for the editable textbox (one function for every pane: React calls its cleanup only when the pane leaves). */
  keepTyped: (el: HTMLElement | null) => void | (() => void);
}) {
  const empty = pane.text === '';
  const shown = pane.state === 'initial' && pane.text.trim() !== '' ? 'draft' : pane.state;
  return (
    <div className="min-w-0" data-lang={lang}>
      <div lang={lang} dir={dirOf(lang)} className="pane-text relative rounded border border-transparent px-2 py-1 focus-within:border-emerald-600 hover:border-stone-300">
        {empty && !isSource && (
          <p aria-hidden="true" data-testid="placeholder" className="pointer-events-none absolute inset-x-2 top-1 text-stone-500">
            <bdi>{labels.placeholder[lang]}</bdi>
          </p>
        )}
        <div
          ref={editable ? keepTyped : undefined}
          tabIndex={0}
          role="textbox"
          aria-label={labels.pane(lang, segmentIndex + 1)}
          aria-readonly={editable ? undefined : true}
          contentEditable={editable || undefined}
          suppressContentEditableWarning
          data-static-pane={`${segmentIndex}:${lang}`}
          onFocus={onActivate}
          onPointerDown={onActivate}
          onKeyDown={editable ? newLineAsText : undefined}
          className="static-pane min-h-7 cursor-text whitespace-pre-wrap focus:outline-none"
          dangerouslySetInnerHTML={{ __html: empty ? '' : paneHtml(pane.content) }}
        />
      </div>
      <div className="flex flex-wrap items-center gap-x-3 px-2 text-xs text-stone-600">
        {!isSource && (
          <span data-testid="state-label" data-shown={shown} className="py-0.5">
            {labels.state[shown]}
          </span>
        )}
      </div>
    </div>
  );
}
