'use client';

import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';

const MARGIN = '800px 0px';

/** Which rows are live, each row listening to its own entry: a row turning live re-renders that row alone. */
export interface LiveRowSet {
  has: (index: number) => boolean;
  /** `listener(urgent)`: urgent when asked for (a click, a key), not when the row merely scrolled near. */
  subscribe: (index: number, listener: (urgent: boolean) => void) => () => void;
}

function liveRowSet() {
  const live = new Set<number>();
  const listeners = new Map<number, Set<(urgent: boolean) => void>>();
  const notify = (i: number, urgent: boolean) => listeners.get(i)?.forEach((l) => l(urgent));
  return {
    has: (i: number) => live.has(i),
    add: (i: number, urgent: boolean) => void (!live.has(i) && (live.add(i), notify(i, urgent))),
    delete: (i: number) => void (live.delete(i) && notify(i, false)),
    subscribe: (i: number, listener: (urgent: boolean) => void) => {
      let set = listeners.get(i);
      if (!set) listeners.set(i, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(i);
      };
    },
  };
}

/**
 * Which rows are live (their panes React components with autosave, QA and Tiptap on demand) and which
 * are static HTML: a row is live while it is within a margin of the viewport, or once a pane of it is
 * asked for (a click, a key that moves to it). A row scrolled away goes back to static HTML only when
 * `isClean` says nothing of it is unsaved or focused. A row that comes near turns live when the browser
 * is idle (`idle`), one at a time: a click right after the page opens does not wait behind a dozen rows
 * being built. One IntersectionObserver watches every row; the
 * set lives outside React state, so that scrolling a 3,000-row document re-renders only the rows that
 * change, never the grid.
 */
export function useLiveRows(isClean: (index: number, row: Element) => boolean, idle: (task: () => void) => () => void) {
  const live = useMemo(() => liveRowSet(), []);
  // rows that came near, waiting for an idle moment to turn live (one at a time, after the person's own work)
  const waiting = useRef(new Map<number, () => void>());
  const clean = useRef(isClean);
  clean.current = isClean;
  const io = useRef<IntersectionObserver | null>(null);

  const observer = useCallback(() => {
    io.current ??= new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const i = Number((e.target as HTMLElement).dataset.index);
          if (e.isIntersecting) {
            if (live.has(i) || waiting.current.has(i)) continue;
            waiting.current.set(
              i,
              idle(() => {
                waiting.current.delete(i);
                live.add(i, false);
              }),
            );
          } else {
            waiting.current.get(i)?.();
            waiting.current.delete(i);
            if (live.has(i) && clean.current(i, e.target)) live.delete(i);
          }
        }
      },
      { rootMargin: MARGIN },
    );
    return io.current;
  }, [idle, live]);

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

  const makeLive = useCallback((index: number) => live.add(index, true), [live]);

  return { live: live as LiveRowSet, observe, makeLive };
}

/**
 * Whether row `index` is live (re-rendered when that changes): at once when it was asked for, as a
 * transition when it scrolled near (a click or a key in the meantime goes first).
 */
export function useIsLive(rows: LiveRowSet, index: number): boolean {
  const [live, setLive] = useState(() => rows.has(index));
  useEffect(() => {
    const sync = (urgent: boolean) => (urgent ? setLive(rows.has(index)) : startTransition(() => setLive(rows.has(index))));
    sync(true);
    return rows.subscribe(index, sync);
  }, [rows, index]);
  return live;
}
