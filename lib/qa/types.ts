import type { Lang } from '../text/lang';
import type { Concept } from '../terms/types';
import type { TermIndex } from '../terms/term-index';

export type Severity = 'error' | 'warning';

/** One translated segment as QA sees it: plain texts plus the hrefs of its link marks. */
export interface QaSegment {
  unitId: string;
  sourceText: string;
  targetText: string | null;
  /** Hrefs of the source's link marks; when absent, URLs are found in the text. */
  sourceLinks?: string[];
  targetLinks?: string[];
  /** Set on a quote whose original wording is known (Arabic or Farsi original). */
  quote?: { originalLang: 'ar' | 'fa'; originalText: string };
}

/** What the checks know beyond the segment: languages and the glossary. */
export interface QaContext {
  sourceLang: Lang;
  targetLang: Lang;
  termIndex?: TermIndex;
  /** Concepts by id, to know whether a concept has an equivalent in the target language. */
  concepts?: Map<string, Concept>;
}

/**
 * One problem found: a code and parameters, never a sentence (the UI words it from messages/).
 * `start`/`end` are UTF-16 offsets in the TARGET text; findings about the source name the
 * source text in `params` instead.
 */
export interface Finding {
  checkId: string;
  severity: Severity;
  unitId: string;
  start?: number;
  end?: number;
  params: Record<string, string | number>;
}

interface CheckBase {
  id: string;
  severity: Severity;
  /**
   * The params that identify a finding for acceptance (see findingKey); default: all of them.
   * Params that shift with unrelated edits (majority renderings, counts) stay out.
   */
  keyParams?: readonly string[];
}

/** A check of one segment pair; must be cheap, it runs as the translator types. */
export interface SegmentCheck extends CheckBase {
  scope: 'segment';
  run(seg: QaSegment, ctx: QaContext): Finding[];
}

/** A check across all segments of a document; runs on save. */
export interface DocumentCheck extends CheckBase {
  scope: 'document';
  run(segs: QaSegment[], ctx: QaContext): Finding[];
}

export type QaCheck = SegmentCheck | DocumentCheck;
