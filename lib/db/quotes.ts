
import type { PmNode } from '../documents/types';
import { detectQuotes } from '../quotes/detect-quotes';
import type { DetectedQuote } from '../quotes/types';
import { placeOriginal, plainText, QuotePlaceError } from '../quotes/place-original';

export { ORIGINAL_MARK, placeOriginal, plainText } from '../quotes/place-original';
import { AppError } from './errors';
import { saveSegmentText } from './segments';
import { sql } from './sql';
import type { StoredClauseLink as ClauseLink, Provenance, QuoteRow } from '../quotes/types';

export type { StoredClauseLink as ClauseLink, Provenance, QuoteRow } from '../quotes/types';

export interface LiveSegment {
  id: number;
  position: number;
  kind: string;
  text: string;
}

/** Segments are joined with this separator in the document text that detection and anchors work on. */
export const SEGMENT_JOINER = '\n\n';

/** The live segments of a document in order. */
export async function liveSegments(documentId: number): Promise<LiveSegment[]> {
  return sql<LiveSegment[]>`select id, position, kind, text from segments
    where document_id = ${documentId} and merged_into is null order by position`;
}

/** The document text and where each segment starts in it. */
export function documentText(segments: LiveSegment[]): { text: string; starts: Map<number, number> } {
  const starts = new Map<number, number>();
  let at = 0;
  for (const s of segments) {
    starts.set(s.id, at);
    at += s.text.length + SEGMENT_JOINER.length;
  }
  return { text: segments.map((s) => s.text).join(SEGMENT_JOINER), starts };
}

/** Maps a document offset to (segment id, offset in its text); an offset in a joiner goes to the next segment's start. */
export function segmentAt(segments: LiveSegment[], starts: Map<number, number>, offset: number, isEnd: boolean) {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const from = starts.get(s.id)!;
    const to = from + s.text.length;
    if (offset <= to && (offset >= from || (!isEnd && i > 0))) return { segmentId: s.id, offset: Math.max(0, Math.min(offset - from, s.text.length)) };
  }
  const last = segments[segments.length - 1];
  return last ? { segmentId: last.id, offset: last.text.length } : null;
}

type Stored = Omit<QuoteRow, 'anchor'> & { segmentId: number; start: number; endSegmentId: number; end: number };

const COLUMNS = sql`id, document_id as "documentId", segment_id as "segmentId", start_offset as start,
  end_segment_id as "endSegmentId", end_offset as "end", source_text as "sourceText",
  case when words = '' then source_text else words end as words, origin,
  original_lang as "originalLang", original_text as "originalText", original_post as "originalPost",
  case when stretch_start is null then null else json_build_array(stretch_start, stretch_end) end as stretch,
  clause_links as "clauseLinks", said_by as "saidBy", account, platform, to_char(posted_on, 'YYYY-MM-DD') as "postedOn",
  url, figure, archive_url as "archiveUrl", verified_by as "verifiedBy", verified_at::text as "verifiedAt",
  applied_at::text as "appliedAt", version`;

// Whitespace may change when segments are merged (the joiner becomes a space): match any run of it.
function findAgain(text: string, words: string, near: number): [number, number] | null {
  const pattern = new RegExp(words.trim().split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s+'), 'gu');
  let best: [number, number] | null = null;
  for (const m of text.matchAll(pattern)) {
    if (!best || Math.abs(m.index - near) < Math.abs(best[0] - near)) best = [m.index, m.index + m[0].length];
  }
  return best;
}

function locate(q: Stored, segments: LiveSegment[], doc: ReturnType<typeof documentText>): QuoteRow['anchor'] {
  const a = doc.starts.get(q.segmentId);
  const b = doc.starts.get(q.endSegmentId);
  if (a !== undefined && b !== undefined && doc.text.slice(a + q.start, b + q.end) === q.sourceText) {
    return { segmentId: q.segmentId, start: q.start, endSegmentId: q.endSegmentId, end: q.end };
  }
  const found = findAgain(doc.text, q.sourceText, (a ?? 0) + q.start);
  if (!found) return null;
  const s = segmentAt(segments, doc.starts, found[0], false)!;
  const e = segmentAt(segments, doc.starts, found[1], true)!;
  return { segmentId: s.segmentId, start: s.offset, endSegmentId: e.segmentId, end: e.offset };
}

/** The quotes of a document in reading order, each anchored where its words are now. */
export async function listQuotes(documentId: number, segments?: LiveSegment[]): Promise<QuoteRow[]> {
  const segs = segments ?? (await liveSegments(documentId));
  const doc = documentText(segs);
  const rows = await sql<Stored[]>`select ${COLUMNS} from quotes where document_id = ${documentId}`;
  const out = rows.map(({ segmentId, start, endSegmentId, end, ...q }) => ({
    ...q,
    anchor: locate({ ...q, segmentId, start, endSegmentId, end }, segs, doc),
  }));
  const at = (q: QuoteRow) => (q.anchor ? doc.starts.get(q.anchor.segmentId)! + q.anchor.start : Number.MAX_SAFE_INTEGER);
  return out.sort((x, y) => at(x) - at(y) || x.id - y.id);
}

/** One quote; throws `quote-not-found`. */
export async function getQuote(id: number): Promise<QuoteRow> {
  const [row] = await sql<{ documentId: number }[]>`select document_id as "documentId" from quotes where id = ${id}`;
  if (!row) throw new AppError('quote-not-found', { id });
  return (await listQuotes(row.documentId)).find((q) => q.id === id)!;
}

/** True when the quote is the whole segment (apart from quotation marks, a figure reference and punctuation). */
export function coversSegment(segmentText: string, start: number, end: number): boolean {
  const rest = segmentText.slice(0, start) + segmentText.slice(end);
  return rest.replace(/\((?:Figure|Fig\.)\s*\p{N}+\)/gu, '').replace(/[\s\p{P}]/gu, '') === '';
}

/**
 * The original wording of each segment that is a quote as a whole (or of kind `quote`), keyed by segment
 * id: what QA's `quote-not-original` and the edition compare with and print. A quote inside a sentence is
 * carried by the `originalWording` mark in the target instead.
 */
export async function originalsForDocument(documentId: number): Promise<Map<number, { originalLang: 'ar' | 'fa'; originalText: string }>> {
  const segs = await liveSegments(documentId);
  const byId = new Map(segs.map((s) => [s.id, s]));
  const out = new Map<number, { originalLang: 'ar' | 'fa'; originalText: string }>();
  for (const q of await listQuotes(documentId, segs)) {
    if (!q.anchor || !q.originalLang || q.originalText.trim() === '' || q.anchor.segmentId !== q.anchor.endSegmentId) continue;
    const seg = byId.get(q.anchor.segmentId)!;
    if (seg.kind === 'quote' || coversSegment(seg.text, q.anchor.start, q.anchor.end)) {
      out.set(seg.id, { originalLang: q.originalLang, originalText: q.originalText });
    }
  }
  return out;
}

/** A quoted stretch of the document text (offsets in the joined text of `documentText`). */
export interface DetectedSpan {
  start: number;
  end: number;
  /** The quoted words when the span encloses other text (captions, page layout). */
  words?: string;
  figure?: string;
  saidBy?: string;
  originalLang?: 'ar' | 'fa';
}

/** Detected quotes as stored spans: from the first quoted word to the last, with figure, speaker and a sole named language. */
export function spansOf(detected: DetectedQuote[]): DetectedSpan[] {
  return detected
    .filter((q) => q.parts.length > 0)
    .map((q) => ({
      start: q.parts[0]!.start,
      end: q.parts[q.parts.length - 1]!.end,
      words: q.text,
      figure: q.figure ? String(q.figure.number) : undefined,
      saidBy: q.attribution?.speaker,
      originalLang: q.languages.length === 1 ? q.languages[0] : undefined,
    }));
}

/**
 * Detects and stores the quotes of a document once (its first visit); later visits keep what the
 * translator added or removed. Returns how many were stored, or null when detection had already run.
 */
export async function ensureQuotesDetected(documentId: number, detect: (text: string) => DetectedSpan[] = (t) => spansOf(detectQuotes(t))): Promise<number | null> {
  return sql.begin(async (tx) => {
    // one detection per document even when two visits race
    const [done] = await tx`insert into quote_detections (document_id, detected) values (${documentId}, 0)
      on conflict (document_id) do nothing returning document_id`;
    if (!done) return null;
    const segs = await tx<LiveSegment[]>`select id, position, kind, text from segments
      where document_id = ${documentId} and merged_into is null order by position`;
    const rows = detectedQuoteRows(documentId, segs, detect(documentText(segs).text));
    if (rows.length > 0) await tx`insert into quotes ${tx(rows)}`;
    await tx`update quote_detections set detected = ${rows.length} where document_id = ${documentId}`;
    return rows.length;
  });
}

/** The quote rows of detected spans (empty spans left out), anchored in the document's segments. */
export function detectedQuoteRows(documentId: number, segs: LiveSegment[], spans: DetectedSpan[]) {
  const doc = documentText(segs);
  return spans
    .filter((d) => d.end > d.start && doc.text.slice(d.start, d.end).trim() !== '')
    .map((d) => {
      const s = segmentAt(segs, doc.starts, d.start, false)!;
      const e = segmentAt(segs, doc.starts, d.end, true)!;
      const sourceText = doc.text.slice(d.start, d.end);
      return {
        document_id: documentId, segment_id: s.segmentId, start_offset: s.offset, end_segment_id: e.segmentId, end_offset: e.offset,
        source_text: sourceText, words: d.words && d.words !== sourceText ? d.words : '', origin: 'detected',
        figure: d.figure ?? '', said_by: d.saidBy ?? '', original_lang: d.originalLang ?? null,
      };
    });
}

export interface QuoteAnchorInput {
  segmentId: number;
  start: number;
  endSegmentId: number;
  end: number;
}

/** Adds a quote the translator selected in the source; throws `quote-empty-selection` or `quote-overlaps`. */
export async function addQuote(documentId: number, a: QuoteAnchorInput, author = 'local'): Promise<QuoteRow> {
  const segs = await liveSegments(documentId);
  const doc = documentText(segs);
  const from = doc.starts.get(a.segmentId);
  const to = doc.starts.get(a.endSegmentId);
  if (from === undefined || to === undefined) throw new AppError('segment-not-found', { id: from === undefined ? a.segmentId : a.endSegmentId });
  const start = from + a.start;
  const end = to + a.end;
  const words = doc.text.slice(start, end);
  if (end <= start || words.trim() === '' || a.start > segs.find((s) => s.id === a.segmentId)!.text.length) throw new AppError('quote-empty-selection');
  for (const q of await listQuotes(documentId, segs)) {
    if (!q.anchor) continue;
    const qs = doc.starts.get(q.anchor.segmentId)! + q.anchor.start;
    const qe = doc.starts.get(q.anchor.endSegmentId)! + q.anchor.end;
    if (qs < end && start < qe) throw new AppError('quote-overlaps', { id: q.id });
  }
  const [row] = await sql<{ id: number }[]>`insert into quotes (document_id, segment_id, start_offset, end_segment_id, end_offset, source_text, origin, created_by, updated_by)
    values (${documentId}, ${a.segmentId}, ${a.start}, ${a.endSegmentId}, ${a.end}, ${words}, 'manual', ${author}, ${author}) returning id`;
  return getQuote(row!.id);
}

/** Removes a quote; throws `quote-not-found`. */
export async function removeQuote(id: number): Promise<void> {
  const r = await sql`delete from quotes where id = ${id}`;
  if (r.count === 0) throw new AppError('quote-not-found', { id });
}

export interface QuotePatch extends Partial<Provenance> {
  originalLang?: 'ar' | 'fa' | null;
  originalText?: string;
  originalPost?: string;
  stretch?: [number, number] | null;
  clauseLinks?: ClauseLink[];
  verified?: boolean;
}

export type UpdateQuoteResult = { ok: true; quote: QuoteRow } | { ok: false; conflict: QuoteRow };

/** Updates a quote if `baseVersion` is still current; a stale update gets the stored quote back. */
export async function updateQuote(id: number, baseVersion: number, p: QuotePatch, author = 'local'): Promise<UpdateQuoteResult> {
  const stale = await sql.begin(async (tx) => {
    const [cur] = await tx<{ version: number; verified_by: string | null; original_lang: string | null; original_text: string }[]>`
      select version, verified_by, original_lang, original_text from quotes where id = ${id} for update`;
    if (!cur) throw new AppError('quote-not-found', { id });
    if (cur.version !== baseVersion) return true;
    const set: Record<string, unknown> = { version: cur.version + 1, updated_by: author, updated_at: new Date() };
    const cols: [keyof QuotePatch, string][] = [['originalLang', 'original_lang'], ['originalText', 'original_text'], ['originalPost', 'original_post'],
      ['saidBy', 'said_by'], ['account', 'account'], ['platform', 'platform'], ['postedOn', 'posted_on'], ['url', 'url'], ['figure', 'figure'], ['archiveUrl', 'archive_url']];
    for (const [k, c] of cols) if (p[k] !== undefined) set[c] = p[k];
    if (p.stretch !== undefined) Object.assign(set, { stretch_start: p.stretch?.[0] ?? null, stretch_end: p.stretch?.[1] ?? null });
    if (p.clauseLinks !== undefined) set.clause_links = sql.json(p.clauseLinks as never);
    // verifying records who and when; a verified quote whose original changes is no longer verified
    const changesOriginal = (p.originalText !== undefined && p.originalText !== cur.original_text) || (p.originalLang !== undefined && p.originalLang !== cur.original_lang);
    if (p.verified === true && (!cur.verified_by || changesOriginal)) Object.assign(set, { verified_by: author, verified_at: new Date() });
    if (p.verified === false || (p.verified === undefined && changesOriginal && cur.verified_by)) Object.assign(set, { verified_by: null, verified_at: null });
    if (changesOriginal) set.applied_at = null;
    await tx`update quotes set ${tx(set)} where id = ${id}`;
    return false;
  });
  const quote = await getQuote(id);
  return stale ? { ok: false, conflict: quote } : { ok: true, quote };
}

/**
 * Writes the original wording of a quote into its segment's target in the original's language, through the
 * versioned save (a revision), and records when. Throws `quote-not-anchored`, `quote-no-original`, `conflict`.
 */
export async function applyOriginalWording(id: number, author = 'local'): Promise<{ segmentId: number; lang: 'ar' | 'fa'; version: number }> {
  const q = await getQuote(id);
  if (!q.anchor) throw new AppError('quote-not-anchored', { id });
  if (!q.originalLang || q.originalText.trim() === '') throw new AppError('quote-no-original', { id });
  const lang = q.originalLang;
  const segs = await liveSegments(q.documentId);
  const seg = segs.find((s) => s.id === q.anchor!.segmentId)!;
  const whole = q.anchor.endSegmentId === seg.id && (seg.kind === 'quote' || coversSegment(seg.text, q.anchor.start, q.anchor.end));
  const k = (await listQuotes(q.documentId, segs)).filter((o) => o.anchor?.segmentId === seg.id && o.anchor.start < q.anchor!.start).length;
  const [cur] = await sql<{ content: PmNode; version: number; state: string }[]>`
    select content, version, state from translations where segment_id = ${seg.id} and lang = ${lang}`;
  let content: PmNode;
  try {
    content = placeOriginal(cur?.content ?? null, q.originalText, lang, id, whole, k);
  } catch (err) {
    if (err instanceof QuotePlaceError) throw new AppError(err.code, { lang: err.lang });
    throw err;
  }
  const state = whole ? 'translated' : ((cur?.state ?? 'initial') as 'initial');
  const saved = await saveSegmentText({ segmentId: seg.id, lang, baseVersion: cur?.version ?? 0, content, text: plainText(content), state, author });
  if (!saved.ok) throw new AppError('conflict');
  await sql`update quotes set applied_at = now() where id = ${id}`;
  return { segmentId: seg.id, lang, version: saved.version };
}
