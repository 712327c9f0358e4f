// Translation memory use cases (issue 13): what the TM panel, the concordance and pre-translate pages,
// the Align page's "keep" and the `tarjuman tm` commands call. docs/tm.md describes the design.
import { z } from 'zod';
import { AppError } from '../contract/app-error';
import { IdSchema } from '../contract/ids';
import type { ActionResult } from '../contract/result';
import { LANGS, type Lang } from '../text/lang';
import type {
  ConcordanceHit,
  DocumentMemorySettings,
  PretranslateReport,
  SegmentLookup,
  TmMatch,
  TmMemory,
  TmxImportReport,
} from '../tm/types';
import { act } from './act';
import type { Actor } from './actor';

export const LookupSegmentSchema = z.object({ documentId: IdSchema, segmentId: IdSchema, lang: z.enum(LANGS) });
export const LookupTextSchema = z.object({
  source: z.enum(LANGS),
  target: z.enum(LANGS),
  text: z.string().min(1).max(20_000),
  memory: z.string().max(200).optional(),
  threshold: z.number().int().min(1).max(100).optional(),
  limit: z.number().int().min(1).max(50).optional(),
});
export const ConcordanceSchema = z.object({ lang: z.enum(LANGS), text: z.string().min(1).max(500), limit: z.number().int().min(1).max(500).optional() });
export const PretranslateSchema = z.object({ documentId: IdSchema, lang: z.enum(LANGS), min: z.number().int().min(50).max(101).optional() });
export const RememberSchema = z.object({ segmentId: IdSchema, lang: z.enum(LANGS) });
export const MemorySettingsSchema = z.object({
  documentId: IdSchema,
  memoryIds: z.array(IdSchema).max(50),
  threshold: z.number().int().min(50).max(99),
});
export const TmxImportSchema = z.object({ bytes: z.instanceof(Uint8Array), memory: z.string().trim().min(1).max(200).optional(), fileName: z.string().max(500).optional() });
export const TmxExportSchema = z.object({ source: z.enum(LANGS), target: z.enum(LANGS), memory: z.string().max(200).optional() });

/** The TM panel's matches for the segment in focus: paragraph matches, sentence matches and a draft from them. */
export function lookupSegment(actor: Actor, input: unknown): Promise<ActionResult<SegmentLookup>> {
  return act(actor, 'tm.read', async () => {
    parse(LookupSegmentSchema, input);
    throw new AppError('internal', { reason: 'not implemented yet' });
  });
}

/** Matches of a free text (the CLI's `tm lookup`), best first, over every memory or the named one. */
export function lookupText(actor: Actor, input: unknown): Promise<ActionResult<TmMatch[]>> {
  return act(actor, 'tm.read', async () => {
    parse(LookupTextSchema, input);
    throw new AppError('internal', { reason: 'not implemented yet' });
  });
}

/** Units whose text in `lang` holds the words searched (normalized, Arabic words found behind clitics), with where. */
export function concordance(actor: Actor, input: unknown): Promise<ActionResult<ConcordanceHit[]>> {
  return act(actor, 'tm.read', async () => {
    parse(ConcordanceSchema, input);
    throw new AppError('internal', { reason: 'not implemented yet' });
  });
}

/** Counts by band of the document's empty targets in `lang` against its memories; writes nothing. */
export function analyzeDocument(actor: Actor, input: unknown): Promise<ActionResult<PretranslateReport>> {
  return act(actor, 'tm.read', async () => {
    parse(PretranslateSchema, input);
    throw new AppError('internal', { reason: 'not implemented yet' });
  });
}

/**
 * Fills every empty target in `lang` from context and exact matches (state translated) and, when
 * `min` < 100, from fuzzy matches scoring at least `min` (state initial); marked as from memory; one transaction.
 */
export function pretranslateDocument(actor: Actor, input: unknown): Promise<ActionResult<PretranslateReport>> {
  return act(actor, 'tm.pretranslate', async () => {
    parse(PretranslateSchema, input);
    throw new AppError('internal', { reason: 'not implemented yet' });
  });
}

/**
 * Writes (or rewrites) the memory units of a confirmed target: the paragraph and its sentence pairs,
 * into the document's first memory. Called by saveSegment when a target becomes translated, reviewed or final.
 */
export function rememberConfirmed(actor: Actor, input: unknown): Promise<ActionResult<{ units: number }>> {
  return act(actor, 'segment.translate', async () => {
    parse(RememberSchema, input);
    throw new AppError('internal', { reason: 'not implemented yet' });
  });
}

/** Imports a TMX file into a named memory (created when missing), all or nothing. */
export function importTmx(actor: Actor, input: { bytes: Uint8Array; memory?: string; fileName?: string }): Promise<ActionResult<TmxImportReport>> {
  return act(actor, 'tm.import', async () => {
    parse(TmxImportSchema, input);
    throw new AppError('internal', { reason: 'not implemented yet' });
  });
}

/** A TMX 1.4b file of the units of one language pair (one memory, or all). */
export function exportTmx(actor: Actor, input: unknown): Promise<ActionResult<{ xml: string; units: number }>> {
  return act(actor, 'tm.read', async () => {
    parse(TmxExportSchema, input);
    throw new AppError('internal', { reason: 'not implemented yet' });
  });
}

/** Deletes one unit from its memory. */
export function deleteUnit(actor: Actor, unitId: unknown): Promise<ActionResult<void>> {
  return act(actor, 'tm.edit', async () => {
    parse(IdSchema, unitId);
    throw new AppError('internal', { reason: 'not implemented yet' });
  });
}

/** Every memory with its unit count. */
export function listMemories(actor: Actor): Promise<ActionResult<TmMemory[]>> {
  return act(actor, 'tm.read', async () => {
    throw new AppError('internal', { reason: 'not implemented yet' });
  });
}

/** The memories a document reads (priority order) and its fuzzy threshold. */
export function documentMemories(actor: Actor, documentId: unknown): Promise<ActionResult<DocumentMemorySettings>> {
  return act(actor, 'tm.read', async () => {
    parse(IdSchema, documentId);
    throw new AppError('internal', { reason: 'not implemented yet' });
  });
}

/** Sets the memories a document reads, in priority order, and its fuzzy threshold. */
export function saveDocumentMemories(actor: Actor, input: unknown): Promise<ActionResult<DocumentMemorySettings>> {
  return act(actor, 'tm.edit', async () => {
    parse(MemorySettingsSchema, input);
    throw new AppError('internal', { reason: 'not implemented yet' });
  });
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const p = schema.safeParse(input);
  if (!p.success) throw new AppError('invalid-input', { field: p.error.issues[0]?.path.join('.') ?? '' });
  return p.data;
}

export type { Lang };
