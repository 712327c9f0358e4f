'use server';

import { asCurrentActor } from '@/lib/server/act';
import { addQuote, alignQuote, applyOriginal, removeQuote, updateQuote, type QuotePatch } from '@/lib/server/quotes';

export async function addQuoteAction(documentId: number, anchor: { segmentId: number; start: number; endSegmentId: number; end: number }) {
  return asCurrentActor((actor) => addQuote(actor, documentId, anchor));
}

export async function removeQuoteAction(documentId: number, quoteId: number) {
  return asCurrentActor((actor) => removeQuote(actor, documentId, quoteId));
}

export async function updateQuoteAction(documentId: number, quoteId: number, baseVersion: number, patch: QuotePatch) {
  return asCurrentActor((actor) => updateQuote(actor, documentId, quoteId, baseVersion, patch));
}

export async function applyOriginalAction(documentId: number, quoteId: number) {
  return asCurrentActor((actor) => applyOriginal(actor, documentId, quoteId));
}

/** Runs the alignment assistant over a pasted post: the stretch the quote renders and its clause links. */
export async function alignQuoteAction(documentId: number, quoteId: number, post: string, originalLang: 'ar' | 'fa') {
  return asCurrentActor((actor) => alignQuote(actor, documentId, quoteId, post, originalLang));
}
