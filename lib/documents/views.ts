import type { Lang } from '../text/lang';
import type { PmNode, SegmentKind, TranslationState } from './types';

// What the data layer returns and the UI shows: plain shapes, shared by lib/db and components.

export interface LangProgress {
  lang: Lang;
  total: number;
  translated: number;
  reviewed: number;
}

export interface DocumentSummary {
  id: number;
  title: string;
  authors: string[];
  publishedOn: string | null;
  sourceLang: Lang;
  segmentCount: number;
  progress: LangProgress[];
}

export interface TranslationRow {
  content: PmNode | null;
  text: string;
  state: TranslationState;
  version: number;
}

export interface SegmentRow {
  id: number;
  position: number;
  kind: SegmentKind;
  content: PmNode;
  text: string;
  doNotTranslate: boolean;
  version: number;
  translations: Partial<Record<Lang, TranslationRow>>;
}

export interface DocumentRow {
  id: number;
  title: string;
  authors: string[];
  publishedOn: string | null;
  sourceUrl: string | null;
  sourceLang: Lang;
  segments: SegmentRow[];
}

export interface SaveInput {
  segmentId: number;
  lang: Lang;
  baseVersion: number;
  content: PmNode;
  text: string;
  state?: TranslationState;
  author?: string;
}

export interface SavedText {
  content: PmNode | null;
  text: string;
  state: TranslationState;
  version: number;
  updatedBy: string;
  /** The display name of the author of the stored text (users.name); null when unknown. */
  updatedByName: string | null;
  updatedAt: string;
}

export type SaveResult = { ok: true; version: number; state: TranslationState } | { ok: false; conflict: SavedText };

export interface RevisionRow {
  id: number;
  lang: Lang;
  action: string;
  version: number | null;
  beforeText: string | null;
  afterText: string | null;
  afterState: string | null;
  author: string;
  createdAt: string;
}
