// Quotes of an English source: detection, and the assistant aligning a quote with its original post.
export type { ClauseLink, DetectedQuote, QuoteAlignment, Range } from './types';
export { detectQuotes } from './detect-quotes';
export { alignQuote, type AlignQuoteOptions } from './align-quote';
export { splitClauses } from './clauses';
export { quoteMarks, paragraphs } from './quote-marks';
