'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/contract/result';
import type { SaveInput, SavedText } from '@/lib/documents/views';
import type { DocumentQaSummary } from '@/lib/qa/summary';
import type { PmNode, TranslationState } from '@/lib/documents/types';
import type { Lang } from '@/lib/text/lang';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

/** A save that went through: the new version and state, and the document's QA in the languages it touched. */
export interface SavedPane {
  version: number;
  state: TranslationState;
  qa: DocumentQaSummary[];
}

/** The autosave's server call: a versioned save of one pane (the author is the server's to set); a stale one fails with `conflict` and the stored text. */
export type SaveFn = (input: Omit<SaveInput, 'author'>) => Promise<ActionResult<SavedPane, SavedText>>;

interface Draft {
  content: PmNode;
  text: string;
  state?: TranslationState;
}

const DEBOUNCE_MS = 700;
const RETRY_MS = 5000;

/**
 * Saves a pane after a pause in typing, one request at a time, on the version it was loaded with;
 * a stale version surfaces as a conflict holding both texts, and nothing is overwritten silently.
 */
export function useAutosave(opts: { segmentId: number; lang: Lang; version: number; state: TranslationState; save: SaveFn }) {
  const { segmentId, lang, save } = opts;
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [conflict, setConflict] = useState<{ mine: Draft; theirs: SavedText } | null>(null);
  const [state, setState] = useState<TranslationState>(opts.state);
  const version = useRef(opts.version);
  const pending = useRef<Draft | null>(null);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blocked = useRef(false);
  const failed = useRef(false);

  const run = useCallback(async () => {
    if (inFlight.current || blocked.current || !pending.current) return;
    const draft = pending.current;
    pending.current = null;
    inFlight.current = true;
    setStatus('saving');
    try {
      const result = await save({ segmentId, lang, baseVersion: version.current, ...draft, content: JSON.parse(JSON.stringify(draft.content)) as PmNode });
      if (result.ok) {
        version.current = result.value.version;
        setState(result.value.state);
        setStatus(pending.current ? 'unsaved' : 'saved');
      } else if (result.code === 'conflict' && result.current) {
        blocked.current = true;
        // what was typed after the refused save belongs to "mine" too
        const mine = pending.current ?? draft;
        pending.current = null;
        setConflict({ mine: { ...mine, state: mine.state ?? draft.state }, theirs: result.current });
        setStatus('conflict');
      } else {
        pending.current ??= draft;
        failed.current = true;
        setStatus('error');
      }
    } catch {
      // the server could not be reached: keep the text and try again a little later
      pending.current ??= draft;
      failed.current = true;
      setStatus('error');
    } finally {
      inFlight.current = false;
    }
    if (failed.current) {
      failed.current = false;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), RETRY_MS);
    } else if (pending.current && !blocked.current) void run();
  }, [lang, save, segmentId]);

  const schedule = useCallback(
    (draft: Draft, immediate = false) => {
      pending.current = { ...draft, state: draft.state ?? pending.current?.state };
      if (draft.state) setState(draft.state);
      if (!blocked.current) setStatus((s) => (s === 'saving' ? s : 'unsaved'));
      if (timer.current) clearTimeout(timer.current);
      if (immediate) void run();
      else timer.current = setTimeout(() => void run(), DEBOUNCE_MS);
    },
    [run],
  );

  /** Resolves a conflict: keep my text (saved on top of theirs) or take the stored one. */
  const resolve = useCallback(
    (choice: 'mine' | 'theirs'): Draft | SavedText | null => {
      if (!conflict) return null;
      blocked.current = false;
      version.current = conflict.theirs.version;
      setConflict(null);
      if (choice === 'mine') {
        schedule(conflict.mine, true);
        return conflict.mine;
      }
      setState(conflict.theirs.state);
      setStatus('saved');
      return conflict.theirs;
    },
    [conflict, schedule],
  );

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (pending.current || inFlight.current || blocked.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  return { status, state, conflict, schedule, resolve };
}
