import { z } from 'zod';
import { AppError } from '../contract/app-error';
import type { ActionResult } from '../contract/result';
import { deleteQuote, insertQuote, liveSegments, lockQuote, markApplied, quoteDocument, storeDetectedQuotes, undetectedDocuments, updateQuoteRow } from '../db/quotes';
import { saveSegmentText } from '../db/segments';
import { transaction } from '../db/sql';
import { currentTarget } from '../db/translations';
import type { TranslationState } from '../documents/types';
import type { DocumentRow } from '../documents/views';
import { alignQuote as alignWithPost } from '../quotes/align-quote';
import { checkNewQuote, coversSegment, detectQuoteRows, type LiveSegment } from '../quotes/anchors';
import { placeOriginal, plainText } from '../quotes/place-original';
import { quoteChanges, type QuotePatch } from '../quotes/quote-patch';
import type { AssistantResult, QuoteRow } from '../quotes/types';
import { act } from './act';
import { SYSTEM_ACTOR, type Actor } from './actor';
import { glossarySnapshot } from './glossary-cache';
import { documentOrNotFound } from './load';
import { listQuotes } from './quote-data';

export type { QuotePatch } from '../quotes/quote-patch';

/** The quotes of a document after a change: what the quotes workspace shows next. */
export interface QuotesOfDocument {
  quotes: QuoteRow[];
}

/** What the quotes page shows: the document's live segments and its quotes (no writes: detection ran at import). */
export function quotesPage(actor: Actor, documentId: unknown): Promise<ActionResult<{ doc: DocumentRow; segments: LiveSegment[]; quotes: QuoteRow[] }>> {
  return act(actor, 'document.read', async () => {
    const doc = await documentOrNotFound(documentId);
    const segments = await liveSegments(doc.id);
    return { doc, segments, quotes: await listQuotes(doc.id, segments) };
  });
}

/**
 * Detects and stores the quotes of a document once; later calls keep what the translator added or
 * removed. `detected` is how many were stored, null when detection had already run.
 */
export function detectQuotes(actor: Actor, documentId: unknown): Promise<ActionResult<{ detected: number | null }>> {
  return act(actor, 'quotes.edit', async () => {
    const doc = await documentOrNotFound(documentId);
    return { detected: await storeDetectedQuotes(doc.id, detectQuoteRows(await liveSegments(doc.id))) };
  });
}

/** Detects the quotes of documents stored before detection ran at import (the start script). */
export async function detectPendingQuotes(): Promise<number> {
  let n = 0;
  for (const id of await undetectedDocuments()) if ((await detectQuotes(SYSTEM_ACTOR, id)).ok) n++;
  return n;
}

const Anchor = z.object({ segmentId: z.number().int().positive(), start: z.number().int().min(0), endSegmentId: z.number().int().positive(), end: z.number().int().min(0) });

// A quote id is only acted on inside the document the page shows.
async function quoteIn(documentId: unknown, quoteId: unknown): Promise<{ documentId: number; quoteId: number }> {
  const doc = await documentOrNotFound(documentId);
  const id = typeof quoteId === 'number' && Number.isInteger(quoteId) && quoteId > 0 ? quoteId : null;
  if (id === null || (await quoteDocument(id)) !== doc.id) throw new AppError('quote-not-found', { id: String(quoteId) });
  return { documentId: doc.id, quoteId: id };
}

async function quoteOf(documentId: number, quoteId: number): Promise<{ quote: QuoteRow; quotes: QuoteRow[] }> {
  const quotes = await listQuotes(documentId);
  return { quote: quotes.find((q) => q.id === quoteId)!, quotes };
}

/** Adds a quote the translator selected in the source; `quote-empty-selection`, `quote-overlaps`. */
export function addQuote(actor: Actor, documentId: unknown, anchor: unknown): Promise<ActionResult<{ quote: QuoteRow; quotes: QuoteRow[] }>> {
  return act(actor, 'quotes.edit', async () => {
    const a = Anchor.safeParse(anchor);
    if (!a.success) throw new AppError('quote-empty-selection');
    const doc = await documentOrNotFound(documentId);
    const segments = await liveSegments(doc.id);
    const words = checkNewQuote(segments, await listQuotes(doc.id, segments), a.data);
    return quoteOf(doc.id, await insertQuote(doc.id, a.data, words, actor.id));
  });
}

/** Removes a quote; `quote-not-found`. */
export function removeQuote(actor: Actor, documentId: unknown, quoteId: unknown): Promise<ActionResult<QuotesOfDocument>> {
  return act(actor, 'quotes.edit', async () => {
    const q = await quoteIn(documentId, quoteId);
    if (!(await deleteQuote(q.quoteId))) throw new AppError('quote-not-found', { id: q.quoteId });
    return { quotes: await listQuotes(q.documentId) };
  });
}

const Range = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
const Text = (max: number) => z.string().max(max);
const PatchSchema = z.object({
  originalLang: z.enum(['ar', 'fa']).nullable().optional(),
  originalText: Text(20_000).optional(),
  originalPost: Text(50_000).optional(),
  stretch: Range.nullable().optional(),
  clauseLinks: z.array(z.object({ en: Range, original: Range, score: z.number().optional() })).max(200).optional(),
  saidBy: Text(300).optional(),
  account: Text(300).optional(),
  platform: Text(100).optional(),
  postedOn: z.string().regex(/^\d{4}-\d\d-\d\d$/u).nullable().optional(),
  url: Text(2000).optional(),
  figure: Text(50).optional(),
  archiveUrl: Text(2000).optional(),
  verified: z.boolean().optional(),
});

/**
 * Updates a quote (original, provenance, verification) if `baseVersion` is still current; a stale
 * update is refused with `quote-conflict` and the stored quote.
 */
export function updateQuote(actor: Actor, documentId: unknown, quoteId: unknown, baseVersion: unknown, patch: unknown): Promise<ActionResult<{ quote: QuoteRow; quotes: QuoteRow[] }, QuoteRow>> {
  return act(actor, 'quotes.edit', async () => {
    const p = PatchSchema.safeParse(patch);
    if (!p.success || typeof baseVersion !== 'number' || !Number.isInteger(baseVersion) || baseVersion < 1) throw new AppError('invalid-input');
    const q = await quoteIn(documentId, quoteId);
    const stale = await transaction(async (tx) => {
      const cur = await lockQuote(tx, q.quoteId);
      if (!cur) throw new AppError('quote-not-found', { id: q.quoteId });
      if (cur.version !== baseVersion) return true;
      await updateQuoteRow(tx, q.quoteId, quoteChanges(cur, p.data as QuotePatch, actor.id, new Date()));
      return false;
    });
    const result = await quoteOf(q.documentId, q.quoteId);
    if (stale) throw new AppError('quote-conflict', { id: q.quoteId }, result.quote);
    return result;
  });
}

/**
 * Writes the original wording of a quote into its segment's target in the original's language as a
 * new version (a revision), and records when: both in one transaction. `quote-not-anchored`,
 * `quote-no-original`, `quote-place-not-found`, `conflict`.
 */
export function applyOriginal(actor: Actor, documentId: unknown, quoteId: unknown): Promise<ActionResult<{ segmentId: number; lang: 'ar' | 'fa'; version: number; quotes: QuoteRow[] }>> {
  return act(actor, ['quotes.edit', 'segment.translate'], async () => {
    const ids = await quoteIn(documentId, quoteId);
    const segs = await liveSegments(ids.documentId);
    const quotes = await listQuotes(ids.documentId, segs);
    const q = quotes.find((x) => x.id === ids.quoteId)!;
    if (!q.anchor) throw new AppError('quote-not-anchored', { id: q.id });
    if (!q.originalLang || q.originalText.trim() === '') throw new AppError('quote-no-original', { id: q.id });
    const { anchor, originalLang: lang } = q;
    const seg = segs.find((s) => s.id === anchor.segmentId)!;
    const whole = anchor.endSegmentId === seg.id && (seg.kind === 'quote' || coversSegment(seg.text, anchor.start, anchor.end));
    // the how-manieth quote of the segment this is: its place among the target's quotation marks
    const k = quotes.filter((o) => o.anchor?.segmentId === seg.id && o.anchor.start < anchor.start).length;
    const version = await transaction(async (tx) => {
      const cur = await currentTarget(seg.id, lang, tx);
      const content = placeOriginal(cur?.content ?? null, q.originalText, lang, q.id, whole, k);
      const state: TranslationState = whole ? 'translated' : (cur?.state ?? 'initial');
      const saved = await saveSegmentText({ segmentId: seg.id, lang, baseVersion: cur?.version ?? 0, content, text: plainText(content), state, author: actor.id }, tx);
      if (!saved.ok) throw new AppError('conflict', { segmentId: seg.id });
      await markApplied(tx, q.id);
      return saved.version;
    });
    return { segmentId: seg.id, lang, version, quotes: await listQuotes(ids.documentId) };
  });
}

/** The alignment assistant over a pasted post: the stretch the quote renders and its clause links. */
export function alignQuote(actor: Actor, documentId: unknown, quoteId: unknown, post: unknown, originalLang: unknown): Promise<ActionResult<AssistantResult>> {
  return act(actor, 'quotes.edit', async () => {
    const p = z.object({ post: z.string().min(1).max(50_000), lang: z.enum(['ar', 'fa']) }).safeParse({ post, lang: originalLang });
    if (!p.success) throw new AppError('assistant-empty-post');
    const ids = await quoteIn(documentId, quoteId);
    const { quote } = await quoteOf(ids.documentId, ids.quoteId);
    try {
      const r = alignWithPost(quote.words, p.data.post, { originalLang: p.data.lang, termIndex: (await glossarySnapshot()).index });
      return { stretch: [r.stretch.start, r.stretch.end], links: r.clauses.map((c) => ({ en: [c.en.start, c.en.end], original: [c.orig.start, c.orig.end], score: c.score })) };
    } catch (err) {
      if ((err as { code?: unknown }).code === 'quote-empty') throw new AppError('assistant-empty-post');
      throw err;
    }
  });
}
