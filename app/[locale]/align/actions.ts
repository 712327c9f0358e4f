'use server';

import { asCurrentActor } from '@/lib/server/act';
import { alignTexts, keepAlignedPairs } from '@/lib/server/align';

/** Splits both texts into sentences and aligns them (lengths, numbers, glossary terms, names). */
export async function alignAction(sourceText: string, targetText: string, targetLang: 'ar' | 'fa' | 'auto') {
  return asCurrentActor((actor) => alignTexts(actor, sourceText, targetText, targetLang));
}

/** Keeps the confirmed pairs as a new document (there is no translation-memory table yet). */
export async function keepPairsAction(input: { title: string; targetLang: 'ar' | 'fa'; pairs: { source: string; target: string }[] }) {
  return asCurrentActor((actor) => keepAlignedPairs(actor, input));
}
