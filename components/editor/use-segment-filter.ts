'use client';

import { useCallback, useRef, useState } from 'react';
import type { SegmentRow } from '@/lib/documents/views';
import type { Lang } from '@/lib/text/lang';
import type { CellHandle } from './editor-grid-context';

type StatusOf = (index: number, lang: Lang) => ReturnType<CellHandle['status']> | undefined;

export type SegmentFilter = 'all' | `untranslated:${Lang}` | `findings:${Lang}`;

/**
 * Which rows to show: all, those not yet translated in a language, or those with QA findings in it.
 * The choice is a snapshot taken when it is made (rows do not vanish under the translator's caret);
 * choosing it again refreshes it.
 */
export function useSegmentFilter(segments: SegmentRow[], statusOf: StatusOf) {
  const [filter, setFilterState] = useState<SegmentFilter>('all');
  const [shown, setShown] = useState<Set<number> | null>(null);
  const shownRef = useRef<Set<number> | null>(null);

  const setFilter = useCallback(
    (next: SegmentFilter) => {
      setFilterState(next);
      if (next === 'all') {
        shownRef.current = null;
        setShown(null);
        return;
      }
      const [kind, lang] = next.split(':') as ['untranslated' | 'findings', Lang];
      const keep = new Set<number>();
      segments.forEach((seg, i) => {
        if (seg.doNotTranslate) return;
        const live = statusOf(i, lang);
        const state = live?.state ?? seg.translations[lang]?.state ?? 'initial';
        if (kind === 'untranslated' ? state === 'initial' : (live?.findings ?? 0) > 0) keep.add(i);
      });
      shownRef.current = keep;
      setShown(keep);
    },
    [statusOf, segments],
  );

  const isShown = useCallback((i: number) => shownRef.current === null || shownRef.current.has(i), []);
  return { filter, setFilter, shown, isShown };
}
