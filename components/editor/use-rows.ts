'use client';

import { useEffect, useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/contract/result';
import type { SegmentRow } from '@/lib/documents/views';
import { chunkOffsets, fetchRows } from './document-rows';
import { markOpen } from './open-marks';

export type LoadRows = (documentId: number, offset: number) => Promise<ActionResult<SegmentRow[]>>;

const TRIES = 3;

/**
 * The document's rows: the first screen's came with the page; the rest are asked for at once, all
 * chunks in parallel (the page has already told the browser to fetch them, see page.tsx), and added in
 * order as they come, as a transition that a click or a keystroke interrupts. A refresh of the page
 * (merge, split) starts again from its rows.
 */
export function useRows(documentId: number, first: SegmentRow[], total: number, load: LoadRows = fetchRows): SegmentRow[] {
  const [rows, setRows] = useState(first);
  const [, startTransition] = useTransition();
  const [seen, setSeen] = useState(first);
  if (seen !== first) {
    setSeen(first);
    setRows(first);
  }
  useEffect(() => {
    if (rows.length >= total) markOpen('rows-loaded');
  }, [rows.length, total]);
  useEffect(() => {
    let stop = false;
    const offsets = chunkOffsets(first.length, total);
    const arrived = new Map<number, SegmentRow[]>();
    let next = 0;
    const fetchChunk = async (k: number, tries: number): Promise<void> => {
      const r = await load(documentId, offsets[k]!);
      if (stop) return;
      if (!r.ok) {
        if (tries + 1 < TRIES) setTimeout(() => void fetchChunk(k, tries + 1), 500 * (tries + 1));
        return;
      }
      arrived.set(k, r.value);
      // rows go in in order: a chunk that overtook an earlier one waits for it
      const add: SegmentRow[] = [];
      while (arrived.has(next)) {
        add.push(...arrived.get(next)!);
        arrived.delete(next);
        next++;
      }
      if (add.length > 0) startTransition(() => setRows((prev) => [...prev, ...add]));
    };
    offsets.forEach((_, k) => void fetchChunk(k, 0));
    return () => {
      stop = true;
    };
  }, [documentId, first, total, load]);
  return rows;
}
