'use client';

import { createContext, useContext } from 'react';
import type { Editor } from '@tiptap/react';
import type { ActionResult } from '@/lib/contract/result';
import type { Concept } from '@/lib/terms/types';
import type { TermIndex } from '@/lib/terms';
import type { QaContext } from '@/lib/qa/types';
import type { Lang } from '@/lib/text/lang';
import type { TranslationState } from '@/lib/documents/types';
import type { PositionedMatch } from './plugins/term-highlight';
import type { SaveFn } from './use-autosave';
import type { TypedText } from './typed-text-catcher';
import type { PaneData } from './use-pane-store';

export interface CellHandle {
  /** Mounts the editor if needed and puts the caret in it. */
  activate: () => void;
  /** Mounts the editor without moving the caret (a pane with text typed into its static HTML). */
  mount?: () => void;
  editor: () => Editor | null;
  /** The pane's state, whether it takes text, how many QA findings it has, and whether all is saved (row filter, "next" keys, unmounting). */
  status: () => { state: TranslationState; findings: number; editable: boolean; clean: boolean };
}

/** What the "go to next" keys look for: a target not yet confirmed, or one with QA findings. */
export type NextKind = 'unconfirmed' | 'finding';

export interface TermCardRequest {
  match: PositionedMatch;
  segmentIndex: number;
  paneLang: Lang;
  rect: { left: number; top: number; bottom: number; right: number };
  /** Opened by the caret (keyboard) rather than the pointer: stays until the caret leaves. */
  byCaret: boolean;
}

export interface EditorGrid {
  save: SaveFn;
  sourceLang: Lang;
  register: (segmentIndex: number, lang: Lang, handle: CellHandle | null) => void;
  /** Moves the caret to the same language of another segment. */
  move: (segmentIndex: number, lang: Lang, delta: -1 | 1) => void;
  cell: (segmentIndex: number, lang: Lang) => CellHandle | undefined;
  /** Moves the caret to the next segment (after `segmentIndex`, wrapping) whose pane in `lang` is of `kind`; false when none is. */
  next: (segmentIndex: number, lang: Lang, kind: NextKind) => boolean;
  /** Whether the acting user may set reviewed and final (policy 'segment.review'). */
  canReview: boolean;
  /** Whether a click or a key asked for this pane while its row was static (it then mounts its editor at once). */
  asked: (segmentIndex: number, lang: Lang) => boolean;
  /** Keeps the keys typed for a pane until its editor stands (typed-text-catcher.tsx). */
  catchKeys: (segmentIndex: number, lang: Lang) => void;
  /** What was typed for a pane before its editor stood, handed over once. */
  takeTyped: (segmentIndex: number, lang: Lang) => TypedText | null;
  /** What was typed for a pane between its taking the typed text and its editor taking the caret. */
  takeLate: (segmentIndex: number, lang: Lang) => string;
  /** The text a pane's static HTML held with what was typed into it, until its editor takes it (null when nothing was typed there). */
  typedShown: (segmentIndex: number, lang: Lang) => string | null;
  /** Opens the keyboard-shortcut sheet. */
  showKeys: () => void;
  /** Runs `task` when the browser is idle (mounting editors of rows on screen); returns a cancel. */
  idle: (task: () => void) => () => void;
  /** Records what the server now holds for a pane (a row mounted again shows it). */
  remember: (segmentId: number, lang: Lang, pane: PaneData) => void;
  termIndex: () => TermIndex | null;
  concept: (id: string) => Concept | undefined;
  qaContext: (targetLang: Lang) => QaContext;
  showTermCard: (req: TermCardRequest | null) => void;
  /** The target pane of a row the translator last typed in (where inserted terms go). */
  lastTarget: (segmentIndex: number) => Lang | null;
  setLastTarget: (segmentIndex: number, lang: Lang) => void;
  /** Creates a glossary concept from the editor and starts recognizing it at once. */
  createConcept: (input: NewConceptInput) => Promise<ActionResult<unknown>>;
}

export interface NewConceptInput {
  terms: { lang: Lang; text: string }[];
  subjectField: string;
  definition: string;
}

export const EditorGridContext = createContext<EditorGrid | null>(null);

/** The grid services shared by every pane of a document. */
export function useEditorGrid(): EditorGrid {
  const grid = useContext(EditorGridContext);
  if (!grid) throw new Error('useEditorGrid outside DocumentEditor');
  return grid;
}
