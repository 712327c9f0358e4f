import type { Lang } from '../text/lang';

/** Tiptap/ProseMirror JSON, as stored in the database. */
export interface PmMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  text?: string;
  marks?: PmMark[];
}

export const SEGMENT_KINDS = ['heading', 'paragraph', 'quote', 'caption', 'byline', 'date', 'list-item'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const TRANSLATION_STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

/** A segment before it is stored: what importers produce. */
export interface SegmentDraft {
  kind: SegmentKind;
  /** Tiptap doc JSON: { type: 'doc', content: [ { type: 'paragraph', content: [...] } ] } */
  content: PmNode;
  text: string;
  doNotTranslate?: boolean;
  /** Translations that come with the segment (aligned published pairs, a sample's pre-filled targets), one per language. */
  translations?: { lang: Lang; content: PmNode; text: string; state: TranslationState }[];
}

/** A document before it is stored. */
export interface DocumentDraft {
  title: string;
  authors: string[];
  publishedOn: string | null; // ISO date yyyy-mm-dd
  sourceUrl: string | null;
  sourceLang: Lang;
  segments: SegmentDraft[];
}
