'use client';

import { useEffect, useRef, useState } from 'react';
import { isLang, type Lang } from '@/lib/text/lang';

/** The editor row and pane that hold the focus (or held it last). */
export interface FocusedPane {
  segmentId: number;
  /** Position of the row among the editor's rows (what the editor grid addresses cells by). */
  index: number;
  lang: Lang;
}

/**
 * Follows the focus through the editor's rows (li[data-segment-id]) and panes ([data-lang]) without
 * any hook in the editor itself; keeps the last pane when the focus moves into the TM panel.
 */
export function useFocusedPane(segmentIds?: readonly number[]): FocusedPane | null {
  const [pane, setPane] = useState<FocusedPane | null>(null);
  const ids = useRef(segmentIds);
  ids.current = segmentIds;
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const el = e.target instanceof Element ? e.target : null;
      const row = el?.closest<HTMLElement>('li[data-segment-id]');
      const cell = el?.closest<HTMLElement>('[data-lang]');
      if (!row || !cell || !row.contains(cell)) return;
      const lang = cell.dataset.lang;
      const segmentId = Number(row.dataset.segmentId);
      if (!isLang(lang) || !Number.isSafeInteger(segmentId)) return;
      // the page's list of rows when given (rows may render lazily), the DOM's order otherwise
      const known = ids.current?.indexOf(segmentId) ?? -1;
      const index = known >= 0 ? known : (Array.prototype.indexOf.call(document.querySelectorAll('li[data-segment-id]'), row) as number);
      setPane((p) => (p && p.segmentId === segmentId && p.lang === lang && p.index === index ? p : { segmentId, index, lang }));
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  return pane;
}
