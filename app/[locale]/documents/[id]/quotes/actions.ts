'use server';

import { z } from 'zod';
import { AppError, toAppError } from '@/lib/db/errors';
import { glossaryIndex } from '@/lib/db/glossary';
import { addQuote, applyOriginalWording, getQuote, listQuotes, removeQuote, updateQuote, type QuoteRow } from '@/lib/db/quotes';
import { alignQuote } from '@/lib/quotes';
import type { AssistantResult } from '@/components/quotes/assistant-result';

export type QuotesResult = { ok: true; quotes: QuoteRow[] } | { ok: false; error: string; params?: Record<string, string | number> };

const Id = z.number().int().positive();
const Range = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
const Anchor = z.object({ segmentId: Id, start: z.number().int().min(0), endSegmentId: Id, end: z.number().int().min(0) });
const Text = (max: number) => z.string().max(max);
const Patch = z.object({
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

async function run(documentId: number, work: () => Promise<unknown>): Promise<QuotesResult> {
  if (!Id.safeParse(documentId).success) return { ok: false, error: 'invalid-input' };
  try {
    await work();
    return { ok: true, quotes: await listQuotes(documentId) };
  } catch (err) {
    if (!(err instanceof AppError)) console.error(err);
    const e = toAppError(err);
    return { ok: false, error: e.code, params: e.params };
  }
}

// A quote id is only acted on inside the document the page shows.
async function inDocument(documentId: number, quoteId: number): Promise<void> {
  if (!Id.safeParse(quoteId).success || (await getQuote(quoteId)).documentId !== documentId) throw new AppError('quote-not-found', { id: quoteId });
}

export async function addQuoteAction(documentId: number, anchor: z.input<typeof Anchor>): Promise<QuotesResult> {
  const a = Anchor.safeParse(anchor);
  if (!a.success) return { ok: false, error: 'quote-empty-selection' };
  return run(documentId, () => addQuote(documentId, a.data));
}

export async function removeQuoteAction(documentId: number, quoteId: number): Promise<QuotesResult> {
  return run(documentId, async () => {
    await inDocument(documentId, quoteId);
    await removeQuote(quoteId);
  });
}

export async function updateQuoteAction(documentId: number, quoteId: number, baseVersion: number, patch: z.input<typeof Patch>): Promise<QuotesResult> {
  const p = Patch.safeParse(patch);
  if (!p.success || !z.number().int().min(1).safeParse(baseVersion).success) return { ok: false, error: 'invalid-input' };
  return run(documentId, async () => {
    await inDocument(documentId, quoteId);
    const r = await updateQuote(quoteId, baseVersion, p.data);
    if (!r.ok) throw new AppError('quote-conflict');
  });
}

export async function applyOriginalAction(documentId: number, quoteId: number): Promise<QuotesResult> {
  return run(documentId, async () => {
    await inDocument(documentId, quoteId);
    await applyOriginalWording(quoteId);
  });
}

/** Runs the alignment assistant over a pasted post: the stretch the quote renders and its clause links. */
export async function alignQuoteAction(documentId: number, quoteId: number, post: string, originalLang: 'ar' | 'fa'): Promise<{ ok: true; result: AssistantResult } | { ok: false; error: string }> {
  const p = z.object({ post: z.string().min(1).max(50_000), lang: z.enum(['ar', 'fa']) }).safeParse({ post, lang: originalLang });
  if (!p.success) return { ok: false, error: 'assistant-empty-post' };
  try {
    await inDocument(documentId, quoteId);
    const q = await getQuote(quoteId);
    const r = alignQuote(q.words, p.data.post, { originalLang: p.data.lang, termIndex: await glossaryIndex() });
    return {
      ok: true,
      result: {
        stretch: [r.stretch.start, r.stretch.end],
        links: r.clauses.map((c) => ({ en: [c.en.start, c.en.end], original: [c.orig.start, c.orig.end], score: c.score })),
      },
    };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === 'quote-empty') return { ok: false, error: 'assistant-empty-post' };
    if (!(err instanceof AppError)) console.error(err);
    return { ok: false, error: toAppError(err).code };
  }
}
