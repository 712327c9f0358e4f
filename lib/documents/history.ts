import type { Lang } from '../text/lang';
import { wordDiff, type DiffRun } from '../text/word-diff';
import type { PmNode, TranslationState } from './types';

/** One revision as the history lists it: who (by name), what, when, and the text it left. */
export interface HistoryRevision {
  id: number;
  lang: Lang;
  action: string;
  baseVersion: number | null;
  version: number | null;
  beforeText: string | null;
  afterText: string | null;
  afterState: string | null;
  author: { id: string; name: string };
  createdAt: string;
}

/** A history row with the word-level difference it made, and whether its text can be restored. */
export interface HistoryEntry extends HistoryRevision {
  diff: DiffRun[];
  restorable: boolean;
}

/** The text a restore brings back: the content and plain text a revision left (a refused text too). */
export interface RestorableText {
  segmentId: number;
  lang: Lang;
  content: PmNode | null;
  text: string | null;
}

const TEXT_ACTIONS = new Set(['save', 'conflict', 'import', 'restore']);

/**
 * The rows of a segment's history, newest first: each change diffed word by word against the text
 * before it (a refused conflict against the stored text it lost to), Arabic and Farsi words whole.
 * A row is restorable when it left a text that differs from `current` (the pane's text now).
 */
export function historyEntries(revisions: readonly HistoryRevision[], current: Partial<Record<Lang, string>>): HistoryEntry[] {
  return revisions.map((r) => {
    const hasText = TEXT_ACTIONS.has(r.action) && r.afterText !== null;
    return {
      ...r,
      diff: hasText ? wordDiff(r.beforeText ?? '', r.afterText ?? '', r.lang) : [],
      restorable: hasText && r.afterText !== (current[r.lang] ?? ''),
    };
  });
}

/** A segment's history and the version each pane is at now (a restore is made on top of it). */
export interface SegmentHistory {
  entries: HistoryEntry[];
  versions: Partial<Record<Lang, number>>;
}

/** What a restore answers: the pane's new version, state and text. */
export interface RestoredPane {
  segmentId: number;
  lang: Lang;
  version: number;
  state: TranslationState;
  text: string;
  content: PmNode;
}
