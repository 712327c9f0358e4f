'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LangProgress } from '@/lib/documents/views';
import type { DocumentQaSummary } from '@/lib/qa/summary';
import type { SaveFn } from './use-autosave';
import type { PaneData } from './use-pane-store';
import type { Lang } from '@/lib/text/lang';

/**
 * The panes' save, wrapped: each answer brings the document's QA in the languages it touched and its
 * progress (no second request), and what the server now holds for the pane.
 */
export function useDocumentSave(opts: { save: SaveFn; progress: LangProgress[]; updateQa: (qa: DocumentQaSummary[]) => void; remember: (segmentId: number, lang: Lang, pane: PaneData) => void }) {
  const { save: rawSave, updateQa, remember } = opts;
  const [progress, setProgress] = useState(opts.progress);
  // a refresh of the page (after a merge or split) brings fresh figures
  useEffect(() => setProgress(opts.progress), [opts.progress]);
  const seq = useRef({ sent: 0, applied: 0 });

  const save = useCallback<SaveFn>(
    async (input) => {
      const mine = ++seq.current.sent;
      const r = await rawSave(input);
      if (r.ok) {
        updateQa(r.value.qa);
        // answers can overtake each other: only a newer one moves the bars
        if (mine > seq.current.applied) {
          seq.current.applied = mine;
          if (r.value.progress.length) setProgress(r.value.progress);
        }
        remember(input.segmentId, input.lang, { content: input.content, text: input.text, version: r.value.version, state: r.value.state });
      }
      return r;
    },
    [rawSave, remember, updateQa],
  );
  return { save, progress };
}
