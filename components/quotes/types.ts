import type { QuoteRow } from '@/lib/quotes/types';

/** A quote as the workspace shows it: what lib/db/quotes `listQuotes` returns, without the document id. */
export type QuoteView = Omit<QuoteRow, 'documentId'>;

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
