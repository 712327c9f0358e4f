/** A quote as the workspace shows it (what lib/db/quotes `listQuotes` returns, by shape). */
export interface QuoteView {
  id: number;
  anchor: { segmentId: number; start: number; endSegmentId: number; end: number } | null;
  sourceText: string;
  /** The quoted words (what the list shows and the assistant aligns). */
  words: string;
  origin: 'detected' | 'manual';
  originalLang: 'ar' | 'fa' | null;
  originalText: string;
  originalPost: string;
  stretch: [number, number] | null;
  clauseLinks: { en: [number, number]; original: [number, number]; score?: number }[];
  saidBy: string;
  account: string;
  platform: string;
  postedOn: string | null;
  url: string;
  figure: string;
  archiveUrl: string;
  verifiedBy: string | null;
  verifiedAt: string | null;
  appliedAt: string | null;
  version: number;
}

export interface SourceSegment {
  id: number;
  kind: string;
  text: string;
}

export type QuotesResult = { ok: true; quotes: QuoteView[] } | { ok: false; error: string; params?: Record<string, string | number> };

export type QuotePatch = Partial<Omit<QuoteView, 'id' | 'anchor' | 'sourceText' | 'words' | 'origin' | 'verifiedBy' | 'verifiedAt' | 'appliedAt' | 'version'>> & { verified?: boolean };

export interface QuoteActions {
  add(documentId: number, anchor: { segmentId: number; start: number; endSegmentId: number; end: number }): Promise<QuotesResult>;
  remove(documentId: number, quoteId: number): Promise<QuotesResult>;
  update(documentId: number, quoteId: number, baseVersion: number, patch: QuotePatch): Promise<QuotesResult>;
  apply(documentId: number, quoteId: number): Promise<QuotesResult>;
  align(documentId: number, quoteId: number, post: string, originalLang: 'ar' | 'fa'): Promise<{ ok: true; result: import('./assistant-result').AssistantResult } | { ok: false; error: string }>;
}
