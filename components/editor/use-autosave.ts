'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/contract/result';
import type { LangProgress, SaveInput, SavedText } from '@/lib/documents/views';
import type { DocumentQaSummary } from '@/lib/qa/summary';
import type { PmNode, TranslationState } from '@/lib/documents/types';
import type { Lang } from '@/lib/text/lang';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

/** A save that went through: the new version and state, the document's QA in the languages it touched and its progress. */
export interface SavedPane {
  version: number;
  state: TranslationState;
  qa: DocumentQaSummary[];
  progress: LangProgress[];
}

/** The autosave's server call: a versioned save of one pane (the author is the server's to set); a stale one fails with `conflict` and the stored text. */
export type SaveFn = (input: Omit<SaveInput, 'author'>) => Promise<ActionResult<SavedPane, SavedText>>;

export interface Draft {
  content: PmNode;
  text: string;
  state?: TranslationState;
}

const DEBOUNCE_MS = 700;
const RETRY_MS = 5000;

const keyOf = (content: PmNode | null) => JSON.stringify(content ?? null);

/**
 * Saves a pane after a pause in typing, one request at a time, on the version it was loaded with;
 * a stale version surfaces as a conflict holding both texts, and nothing is overwritten silently.
 * "Saved" is shown only while the server holds exactly what the pane shows (same content, known version).
 */
export function useAutosave(opts: { segmentId: number; lang: Lang; version: number; state: TranslationState; content: PmNode | null; text: string; save: SaveFn }) {
  const { segmentId, lang, save } = opts;
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [conflict, setConflict] = useState<{ mine: Draft; theirs: SavedText } | null>(null);
  const [state, setState] = useState<TranslationState>(opts.state);
  const version = useRef(opts.version);
  // what the server holds (as far as this pane knows) and what the pane shows now
  const stored = useRef<{ key: string; text: string }>({ key: keyOf(opts.content), text: opts.text });
  const shown = useRef<string>(stored.current.key);
  const pending = useRef<Draft | null>(null);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blocked = useRef(false);
  const failed = useRef(false);

  const settle = useCallback(() => {
    if (blocked.current) return setStatus('conflict');
    setStatus(!pending.current && !inFlight.current && shown.current === stored.current.key ? 'saved' : 'unsaved');
  }, []);

  const run = useCallback(async () => {
    if (inFlight.current || blocked.current || !pending.current) return;
    const draft = pending.current;
    pending.current = null;
    inFlight.current = true;
    setStatus('saving');
    try {
      const content = JSON.parse(JSON.stringify(draft.content)) as PmNode;
      const result = await save({ segmentId, lang, baseVersion: version.current, ...draft, content });
      if (result.ok) {
        version.current = result.value.version;
        stored.current = { key: keyOf(content), text: draft.text };
        // a later draft still on its way keeps its own (optimistic) state
        if (!pending.current) setState(result.value.state);
      } else if (result.code === 'conflict' && result.current) {
        blocked.current = true;
        // what was typed after the refused save belongs to "mine" too
        const mine = pending.current ?? draft;
        pending.current = null;
        setConflict({ mine: { ...mine, state: mine.state ?? draft.state }, theirs: result.current });
      } else {
        pending.current ??= draft;
        failed.current = true;
      }
    } catch {
      // the server could not be reached: keep the text and try again a little later
      pending.current ??= draft;
      failed.current = true;
    } finally {
      inFlight.current = false;
    }
    if (failed.current) {
      failed.current = false;
      setStatus('error');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), RETRY_MS);
      return;
    }
    settle();
    if (pending.current && !blocked.current) void run();
  }, [lang, save, segmentId, settle]);

  /** Queues what the pane shows now; with a state, that state is saved with it (Ctrl+Enter, an editor's review). */
  const schedule = useCallback(
    (draft: Draft, immediate = false) => {
      const prev = pending.current;
      // a state queued with an earlier text does not ride along on a changed one
      const carried = draft.state ?? (prev && prev.text === draft.text ? prev.state : undefined);
      pending.current = { ...draft, state: carried };
      shown.current = keyOf(draft.content);
      // as the server will decide it: a changed text is a draft again unless a state comes with it
      if (carried) setState(carried);
      else if (draft.text !== stored.current.text || draft.text.trim() === '') setState('initial');
      if (timer.current) clearTimeout(timer.current);
      if (blocked.current) return;
      setStatus((s) => (s === 'saving' ? s : 'unsaved'));
      if (immediate) void run();
      else timer.current = setTimeout(() => void run(), DEBOUNCE_MS);
    },
    [run],
  );

  /**
   * Resolves a conflict. "mine" saves `now` (what the pane holds at this moment, typed during the conflict
   * included) on top of the stored text; "theirs" takes the stored text.
   */
  const resolve = useCallback(
    (choice: 'mine' | 'theirs', now?: Draft): Draft | SavedText | null => {
      if (!conflict) return null;
      blocked.current = false;
      version.current = conflict.theirs.version;
      stored.current = { key: keyOf(conflict.theirs.content), text: conflict.theirs.text };
      setConflict(null);
      if (choice === 'mine') {
        const mine = now ?? pending.current ?? conflict.mine;
        const state = mine.state ?? conflict.mine.state;
        schedule(state ? { ...mine, state } : mine, true);
        return mine;
      }
      pending.current = null;
      shown.current = stored.current.key;
      setState(conflict.theirs.state);
      settle();
      return conflict.theirs;
    },
    [conflict, schedule, settle],
  );

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (pending.current || inFlight.current || blocked.current || shown.current !== stored.current.key) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  return { status, state, conflict, schedule, resolve };
}
