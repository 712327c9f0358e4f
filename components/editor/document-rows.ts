import { isErrorCode } from '@/lib/contract/error-codes';
import { failure, ok, type ActionResult } from '@/lib/contract/result';
import { ROWS_PER_REQUEST } from '@/lib/documents/rows-per-request';
import type { SegmentRow } from '@/lib/documents/views';

/** Rows one request brings (the server's most). */
export const ROWS_CHUNK = ROWS_PER_REQUEST;

/** The address of a chunk of a document's rows (app/api/documents/[id]/rows); the page preloads the same ones. */
export function rowsUrl(documentId: number, offset: number): string {
  return `/api/documents/${documentId}/rows?offset=${offset}&limit=${ROWS_CHUNK}`;
}

/** The offsets of the chunks after the first `first` rows of a document of `total`. */
export function chunkOffsets(first: number, total: number): number[] {
  const out: number[] = [];
  for (let o = first; o < total; o += ROWS_CHUNK) out.push(o);
  return out;
}

/** One chunk of rows from the server, as a result (a failed request is an error code, never a throw). */
export async function fetchRows(documentId: number, offset: number): Promise<ActionResult<SegmentRow[]>> {
  try {
    const r = await fetch(rowsUrl(documentId, offset), { credentials: 'same-origin' });
    const body = (await r.json()) as unknown;
    if (r.ok && Array.isArray(body)) return ok(body as SegmentRow[]);
    const e = body as { error?: unknown; params?: Record<string, string> } | null;
    return failure(isErrorCode(e?.error) ? e.error : 'internal', e?.params ?? {});
  } catch {
    return failure('internal');
  }
}
