import type { DetectedQuoteRow, LiveSegment } from '../quotes/anchors';
import type { QuoteRow } from '../quotes/types';
import { json, sql, type Db, type Tx } from './sql';

export type { LiveSegment } from '../quotes/anchors';

/** A quote row as stored: its anchor where it was set, not yet found again. */
export type StoredQuote = Omit<QuoteRow, 'anchor'> & { segmentId: number; start: number; endSegmentId: number; end: number };

/** The live segments of a document in order. */
export async function liveSegments(documentId: number, db: Db = sql): Promise<LiveSegment[]> {
  return db<LiveSegment[]>`select id, position, kind, text from segments
    where document_id = ${documentId} and merged_into is null order by position`;
}

const COLUMNS = () => sql`id, document_id as "documentId", segment_id as "segmentId", start_offset as start,
  end_segment_id as "endSegmentId", end_offset as "end", source_text as "sourceText",
  case when words = '' then source_text else words end as words, origin,
  original_lang as "originalLang", original_text as "originalText", original_post as "originalPost",
  case when stretch_start is null then null else json_build_array(stretch_start, stretch_end) end as stretch,
  clause_links as "clauseLinks", said_by as "saidBy", account, platform, to_char(posted_on, 'YYYY-MM-DD') as "postedOn",
  url, figure, archive_url as "archiveUrl", verified_by as "verifiedBy", (select u.name from users u where u.id = verified_by) as "verifiedByName", verified_at::text as "verifiedAt",
  applied_at::text as "appliedAt", version`;

/** The stored quotes of a document (any order), or none while the quotes table does not exist yet. */
export async function storedQuotes(documentId: number): Promise<StoredQuote[]> {
  return sql<StoredQuote[]>`select ${COLUMNS()} from quotes where document_id = ${documentId}`;
}

/** The document of a quote; null when unknown. */
export async function quoteDocument(id: number): Promise<number | null> {
  const [row] = await sql<{ documentId: number }[]>`select document_id as "documentId" from quotes where id = ${id}`;
  return row?.documentId ?? null;
}

/**
 * Stores the detected quotes of a document once: the detection row is the guard, so of two racing
 * callers one stores and the other gets null. In `db`'s transaction when it is one.
 */
export async function storeDetectedQuotes(documentId: number, rows: DetectedQuoteRow[], db: Db = sql): Promise<number | null> {
  const work = async (tx: Tx) => {
    const [first] = await tx`insert into quote_detections (document_id, detected) values (${documentId}, ${rows.length})
      on conflict (document_id) do nothing returning document_id`;
    if (!first) return null;
    if (rows.length > 0) {
      await tx`insert into quotes ${tx(rows.map((r) => ({
        document_id: documentId, segment_id: r.segmentId, start_offset: r.start, end_segment_id: r.endSegmentId, end_offset: r.end,
        source_text: r.sourceText, words: r.words, origin: 'detected', figure: r.figure, said_by: r.original?.saidBy ?? r.saidBy,
        original_lang: r.original?.originalLang ?? r.originalLang, original_text: r.original?.originalText ?? '', original_post: r.original?.originalPost ?? '',
        stretch_start: r.original?.stretch?.[0] ?? null, stretch_end: r.original?.stretch?.[1] ?? null, account: r.original?.account ?? '',
        platform: r.original?.platform ?? '', posted_on: r.original?.postedOn ?? null, url: r.original?.url ?? '',
      })))}`;
    }
    return rows.length;
  };
  return 'savepoint' in db ? work(db as Tx) : (sql.begin(work) as Promise<number | null>);
}

/** Documents whose quotes were never detected (made before detection ran at import). */
export async function undetectedDocuments(): Promise<number[]> {
  const rows = await sql<{ id: number }[]>`select d.id from documents d
    where not exists (select 1 from quote_detections q where q.document_id = d.id) order by d.id`;
  return rows.map((r) => r.id);
}

/** Inserts a quote the translator selected; returns its id. */
export async function insertQuote(documentId: number, a: { segmentId: number; start: number; endSegmentId: number; end: number }, words: string, author: string): Promise<number> {
  const [row] = await sql<{ id: number }[]>`insert into quotes (document_id, segment_id, start_offset, end_segment_id, end_offset, source_text, origin, created_by, updated_by)
    values (${documentId}, ${a.segmentId}, ${a.start}, ${a.endSegmentId}, ${a.end}, ${words}, 'manual', ${author}, ${author}) returning id`;
  return row!.id;
}

/** Deletes a quote; false when there was none. */
export async function deleteQuote(id: number): Promise<boolean> {
  return (await sql`delete from quotes where id = ${id}`).count > 0;
}

/** Locks a quote's row for an update; null when unknown. */
export async function lockQuote(tx: Tx, id: number): Promise<{ version: number; verifiedBy: string | null; originalLang: string | null; originalText: string } | null> {
  const [cur] = await tx<{ version: number; verifiedBy: string | null; originalLang: string | null; originalText: string }[]>`
    select version, verified_by as "verifiedBy", original_lang as "originalLang", original_text as "originalText" from quotes where id = ${id} for update`;
  return cur ?? null;
}

/** Sets columns of a locked quote (from lib/quotes quoteChanges). */
export async function updateQuoteRow(tx: Tx, id: number, set: Record<string, unknown>): Promise<void> {
  const row = { ...set, ...(set.clause_links !== undefined ? { clause_links: json(set.clause_links) } : {}) };
  await tx`update quotes set ${tx(row as never)} where id = ${id}`;
}

/** Records when a quote's original was written into its segment's target. */
export async function markApplied(tx: Tx, id: number): Promise<void> {
  await tx`update quotes set applied_at = now() where id = ${id}`;
}
