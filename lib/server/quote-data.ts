import { liveSegments, storedQuotes } from '../db/quotes';
import type { QuoteOriginals } from '../qa/document-input';
import { anchorQuotes, wholeSegmentOriginals, type LiveSegment } from '../quotes/anchors';
import type { QuoteRow } from '../quotes/types';

/** The quotes of a document in reading order, each anchored where its words are now. */
export async function listQuotes(documentId: number, segments?: LiveSegment[]): Promise<QuoteRow[]> {
  const segs = segments ?? (await liveSegments(documentId));
  return anchorQuotes(await storedQuotes(documentId), segs);
}

/** The original wording of each segment that is a quote as a whole: what QA and the edition read. */
export async function quoteOriginals(documentId: number): Promise<QuoteOriginals> {
  const segs = await liveSegments(documentId);
  return wholeSegmentOriginals(await listQuotes(documentId, segs), segs);
}
