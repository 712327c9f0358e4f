'use client';

import { useCallback, useRef, type MouseEvent, type RefObject } from 'react';
import type { Editor } from '@tiptap/react';
import type { Lang } from '@/lib/text/lang';
import type { EditorGrid } from './editor-grid-context';
import type { PositionedMatch } from './plugins/term-highlight';

/**
 * What opens a pane's term card: the caret inside a recognized term (keyboard access) or the pointer
 * over one. `matches` is fed by the term-highlight plugin after each change.
 */
export function useTermCardTriggers(grid: EditorGrid, editorRef: RefObject<Editor | null>, segmentIndex: number, lang: Lang) {
  const matches = useRef<PositionedMatch[]>([]);

  const onSelection = useCallback(
    (e: Editor) => {
      const { from, empty } = e.state.selection;
      const m = empty ? matches.current.find((x) => from > x.from && from < x.to) : undefined;
      if (!m) return grid.showTermCard(null);
      const start = e.view.coordsAtPos(m.from);
      const end = e.view.coordsAtPos(m.to);
      grid.showTermCard({ match: m, segmentIndex, paneLang: lang, byCaret: true, rect: { left: Math.min(start.left, end.left), right: Math.max(start.right, end.right), top: start.top, bottom: start.bottom } });
    },
    [grid, lang, segmentIndex],
  );

  const onMouseOver = useCallback(
    (e: MouseEvent<HTMLDivElement>) => {
      const el = (e.target as HTMLElement).closest<HTMLElement>('.term-match');
      const editor = editorRef.current;
      if (!el || !editor) return;
      // the text node inside the decoration maps exactly; the wrapper element itself may not
      const text = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode() ?? el;
      const pos = editor.view.posAtDOM(text, 0);
      const conceptId = el.dataset.conceptId;
      const m =
        matches.current.find((x) => pos >= x.from && pos < x.to && x.conceptId === conceptId) ??
        matches.current.filter((x) => x.conceptId === conceptId).sort((a, b) => Math.abs(a.from - pos) - Math.abs(b.from - pos))[0];
      if (m) grid.showTermCard({ match: m, segmentIndex, paneLang: lang, byCaret: false, rect: el.getBoundingClientRect() });
    },
    [editorRef, grid, lang, segmentIndex],
  );

  const setMatches = useCallback((m: PositionedMatch[]) => {
    matches.current = m;
  }, []);

  return { onSelection, onMouseOver, setMatches };
}
