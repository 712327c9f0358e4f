'use client';

import { createContext, useContext } from 'react';
import type { Lang } from '@/lib/text/lang';
import type { SaveFn } from './use-autosave';

export interface CellHandle {
  /** Mounts the editor if needed and puts the caret in it. */
  activate: () => void;
}

export interface EditorGrid {
  save: SaveFn;
  register: (segmentIndex: number, lang: Lang, handle: CellHandle | null) => void;
  /** Moves the caret to the same language of another segment. */
  move: (segmentIndex: number, lang: Lang, delta: -1 | 1) => void;
}

export const EditorGridContext = createContext<EditorGrid | null>(null);

/** The grid services shared by every pane of a document. */
export function useEditorGrid(): EditorGrid {
  const grid = useContext(EditorGridContext);
  if (!grid) throw new Error('useEditorGrid outside DocumentEditor');
  return grid;
}
