/** A [start, end) range in UTF-16 units of the original text. */
export interface Range {
  start: number;
  end: number;
}

/** A quoted passage found in an English source text; all offsets are in the original string. */
export interface DetectedQuote {
  /** From the opening mark to the closing mark, both included. */
  start: number;
  end: number;
  /** The stretches inside the marks that belong to the quote (figure captions and interleaved page layout left out). */
  parts: Range[];
  /** The quoted words: the parts joined by one space. */
  text: string;
  /** "(Figure N)" right after the closing mark. */
  figure?: Range & { number: number };
  /** The attribution verb before the opening mark in the same sentence ("tweeted", "stated", "read"). */
  attribution?: Range & { verb: string; speaker?: string };
  /** Languages the lead-in names ("in Arabic and Farsi", "a Farsi message"). */
  languages: ('ar' | 'fa')[];
}

/** One English clause and the original clause(s) it renders. */
export interface ClauseLink {
  en: Range;
  orig: Range;
  score: number;
}

export interface QuoteAlignment {
  /** The stretch of the original post the quote renders. */
  stretch: Range;
  clauses: ClauseLink[];
}

/** A clause link of the alignment assistant: UTF-16 ranges in the English quote and in the original post. */
export interface StoredClauseLink {
  en: [number, number];
  original: [number, number];
  score?: number;
}

export interface Provenance {
  saidBy: string;
  account: string;
  platform: string;
  /** ISO date yyyy-mm-dd */
  postedOn: string | null;
  url: string;
  figure: string;
  archiveUrl: string;
}

export interface QuoteRow extends Provenance {
  id: number;
  documentId: number;
  /** Where the quote is now (found again by its words when the source changed); null when it is gone. */
  anchor: { segmentId: number; start: number; endSegmentId: number; end: number } | null;
  sourceText: string;
  /** The quoted words (the anchored stretch without captions or page layout the marks enclose). */
  words: string;
  origin: 'detected' | 'manual';
  originalLang: 'ar' | 'fa' | null;
  originalText: string;
  originalPost: string;
  stretch: [number, number] | null;
  clauseLinks: StoredClauseLink[];
  verifiedBy: string | null;
  /** The verifying user's name, when the row has one (pages name people). */
  verifiedByName?: string | null;
  verifiedAt: string | null;
  appliedAt: string | null;
  version: number;
}

/** A clause link: UTF-16 ranges in the English quote and in the original post. */
export interface AssistantLink {
  en: [number, number];
  original: [number, number];
  score?: number;
}

/** What the alignment assistant shows: the stretch of the post the quote renders, and the clause links inside it. */
export interface AssistantResult {
  stretch: [number, number] | null;
  links: AssistantLink[];
}
