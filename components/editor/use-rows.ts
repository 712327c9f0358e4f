'use client';

import { useEffect, useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/contract/result';
import type { SegmentRow } from '@/lib/documents/views';

/**
 * The document's rows: the first screen's came with the page; the rest are asked for right after, a
 * chunk at a time, and added as a transition that a click or a keystroke interrupts. A refresh of the
 * page (merge, split) starts again from its rows.
 */
export function useRows(documentId: number, first: SegmentRow[], total: number, load: (documentId: number, offset: number) => Promise<ActionResult<SegmentRow[]>>): SegmentRow[] {
  const [rows, setRows] = useState(first);
  const [, startTransition] = useTransition();
  const [seen, setSeen] = useState(first);
  if (seen !== first) {
    setSeen(first);
    setRows(first);
  }
  useEffect(() => {
    let stop = false;
    void (async () => {
      let have = first.length;
      while (!stop && have < total) {
        const r = await load(documentId, have);
        if (stop || !r.ok || r.value.length === 0) return;
        const chunk = r.value;
        have += chunk.length;
        startTransition(() => setRows((prev) => [...prev, ...chunk]));
      }
    })();
    return () => {
      stop = true;
    };
  }, [documentId, first, total, load]);
  return rows;
}
