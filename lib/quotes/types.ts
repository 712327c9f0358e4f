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
