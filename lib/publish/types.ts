import type { PmNode, SegmentKind } from '../documents/types';
import type { Lang } from '../text/lang';

/**
 * Marks the edition renderers understand on Tiptap text nodes. Any other mark is rendered as plain text.
 * `originalWording` marks words quoted in their original language inside a sentence: they are printed
 * verbatim (no digit, quotation-mark or other house-style change) and tagged with their language.
 */
export const EDITION_MARKS = {
  bold: 'bold',
  italic: 'italic',
  /** attrs: { href: string } */
  link: 'link',
  /** attrs: { conceptId: string }: an editor's glossary link; the edition prints the words only. */
  glossaryTerm: 'glossaryTerm',
  /** attrs: { lang: 'ar' | 'fa' | 'en' } */
  originalWording: 'originalWording',
} as const;

/** The original wording of a quoted passage (a whole `quote` segment). */
export interface EditionQuote {
  originalLang: 'ar' | 'fa';
  /** Printed verbatim. */
  originalText: string;
  /** The translation printed next to the original; defaults to the segment's content. */
  translation?: string;
}

/** One segment of the edition, in the edition's language. */
export interface EditionSegment {
  kind: SegmentKind;
  /** Tiptap doc JSON (types in lib/documents/types.ts). */
  content: PmNode;
  /**
   * For a `quote` segment: when `originalLang` is the edition's language the original is printed
   * verbatim instead of `content`; otherwise the original is shown next to its translation.
   */
  quote?: EditionQuote;
}

/** Everything an edition renderer needs; all text is already in the edition's language. */
export interface EditionInput {
  lang: Lang;
  title: string;
  authors: string[];
  /** ISO date yyyy-mm-dd */
  publishedOn: string | null;
  sourceUrl?: string | null;
  segments: EditionSegment[];
  series?: string | null;
  topics?: string[];
  alsoAvailableIn?: { lang: Lang; url: string }[];
  authorBios?: { name: string; bio: string }[];
}

/** Error codes thrown by the publish library (never sentences). */
export type PublishErrorCode =
  | 'edition-date-invalid'
  | 'edition-date-out-of-range'
  | 'house-style-unsupported'
  | 'house-style-invalid'
  | 'edition-font-missing'
  | 'edition-message-missing'
  | 'edition-style-length';

/** An error carrying a code and its parameters. */
export class PublishError extends Error {
  constructor(
    readonly code: PublishErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'PublishError';
  }
}
