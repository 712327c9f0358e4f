'use client';

import { useCallback, useRef, useState } from 'react';

const MARGIN = '800px 0px';

/**
 * Which rows are live (their panes React components with autosave, QA and Tiptap on demand) and which
 * are static HTML: a row is live while it is within a margin of the viewport, or once a pane of it is
 * asked for (a click, a key that moves to it). A row scrolled away goes back to static HTML only when
 * `isClean` says nothing of it is unsaved or focused. One IntersectionObserver watches every row.
 */
export function useLiveRows(isClean: (index: number, row: Element) => boolean) {
  const [live, setLive] = useState<ReadonlySet<number>>(() => new Set());
  const clean = useRef(isClean);
  clean.current = isClean;
  const io = useRef<IntersectionObserver | null>(null);

  const observer = useCallback(() => {
    io.current ??= new IntersectionObserver(
      (entries) =>
        setLive((prev) => {
          let next: Set<number> | null = null;
          for (const e of entries) {
            const i = Number((e.target as HTMLElement).dataset.index);
            if (e.isIntersecting && !prev.has(i)) (next ??= new Set(prev)).add(i);
            else if (!e.isIntersecting && prev.has(i) && clean.current(i, e.target)) (next ??= new Set(prev)).delete(i);
          }
          return next ?? prev;
        }),
      { rootMargin: MARGIN },
    );
    return io.current;
  }, []);

  /** A row's ref: watched while it is in the page. */
  const observe = useCallback(
    (el: HTMLElement | null) => {
      if (!el) return;
      const o = observer();
      o.observe(el);
      return () => o.unobserve(el);
    },
    [observer],
  );

  const makeLive = useCallback((index: number) => setLive((prev) => (prev.has(index) ? prev : new Set(prev).add(index))), []);

  return { live, observe, makeLive };
}
