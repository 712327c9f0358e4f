import type { ActionResult } from '@/lib/contract/result';
import type { AssistantResult, QuoteRow } from '@/lib/quotes/types';

/** A quote as the workspace shows it: what the quotes use cases return, without the document id. */
export type QuoteView = Omit<QuoteRow, 'documentId'>;

export interface SourceSegment {
  id: number;
  kind: string;
  text: string;
}

/** What every quote action returns: the document's quotes after the change. */
export type QuotesResult = ActionResult<{ quotes: QuoteView[] }, unknown>;

export type QuotePatch = Partial<Omit<QuoteView, 'id' | 'anchor' | 'sourceText' | 'words' | 'origin' | 'verifiedBy' | 'verifiedByName' | 'verifiedAt' | 'appliedAt' | 'version'>> & { verified?: boolean };

export interface QuoteActions {
  add(documentId: number, anchor: { segmentId: number; start: number; endSegmentId: number; end: number }): Promise<ActionResult<{ quote: QuoteView; quotes: QuoteView[] }>>;
  remove(documentId: number, quoteId: number): Promise<QuotesResult>;
  update(documentId: number, quoteId: number, baseVersion: number, patch: QuotePatch): Promise<QuotesResult>;
  apply(documentId: number, quoteId: number): Promise<QuotesResult>;
  align(documentId: number, quoteId: number, post: string, originalLang: 'ar' | 'fa'): Promise<ActionResult<AssistantResult>>;
}
