'use client';

import { useEffect, useState } from 'react';
import { markOpen } from './open-marks';
import type { PaneEditorProps } from './pane-editor';

type PaneEditorModule = typeof import('./pane-editor');

let loaded: PaneEditorModule | null = null;
let loading: Promise<PaneEditorModule> | null = null;

/**
 * Loads the editor's code (Tiptap, ProseMirror, the term and original-wording plugins), once per page.
 * The page's first script holds none of it: the grid asks for it when the browser is first idle after
 * hydration (the static panes take the first keys themselves meanwhile). A failed load (network) is
 * tried again by the next caller.
 */
export function loadPaneEditor(): Promise<PaneEditorModule> {
  loading ??= import('./pane-editor').then(
    (m) => {
      loaded = m;
      markOpen('editor-code');
      return m;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** Whether the editor's code is in the page (a pane asked for now builds its editor at once). */
export const editorCodeLoaded = () => loaded !== null;


/** The pane's Tiptap editor once its code is loaded; nothing before (the pane shows its static text meanwhile). */
export function LazyPaneEditor(props: PaneEditorProps) {
  const [mod, setMod] = useState<PaneEditorModule | null>(loaded);
  useEffect(() => {
    if (mod) return;
    let stop = false;
    const attempt = (tries: number) =>
      loadPaneEditor().then(
        (m) => !stop && setMod(m),
        () => !stop && tries < 5 && setTimeout(() => attempt(tries + 1), 1000 * (tries + 1)),
      );
    void attempt(0);
    return () => {
      stop = true;
    };
  }, [mod]);
  return mod ? <mod.PaneEditor {...props} /> : null;
}
