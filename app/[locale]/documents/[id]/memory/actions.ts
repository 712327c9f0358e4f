'use server';

import { asCurrentActor } from '@/lib/server/act';
import { analyzeDocument, pretranslateDocument, saveDocumentMemories } from '@/lib/server/tm';
import type { Lang } from '@/lib/text/lang';

/** The memories the document reads, in priority order, and its fuzzy threshold. */
export async function saveMemorySettingsAction(documentId: number, memoryIds: number[], threshold: number) {
  return asCurrentActor((actor) => saveDocumentMemories(actor, { documentId, memoryIds, threshold }));
}

/** Counts by band of the empty targets (writes nothing). */
export async function analyzeAction(documentId: number, lang: Lang, min: number) {
  return asCurrentActor((actor) => analyzeDocument(actor, { documentId, lang, min }));
}

/** Fills the empty targets from the memory: exact and context matches, and fuzzy ones from `min` when below 100. */
export async function pretranslateAction(documentId: number, lang: Lang, min: number) {
  return asCurrentActor((actor) => pretranslateDocument(actor, { documentId, lang, min }));
}
