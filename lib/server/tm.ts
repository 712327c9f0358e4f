// Translation memory use cases (issue 13): what the TM panel, the concordance and pre-translate pages,
// the Align page's "keep" and the `tarjuman tm` commands call. docs/tm.md describes the design.
import { z } from 'zod';
import { AppError } from '../contract/app-error';
import { IdSchema } from '../contract/ids';
import type { ActionResult } from '../contract/result';
import { transaction } from '../db/sql';
import {
  concordanceRows,
  confirmedSegment,
  deleteSegmentUnits,
  deleteUnitRow,
  documentHead,
  documentSettingRows,
  ensureMemory,
  insertUnits,
  listMemoryRows,
  segmentWithNeighbours,
  writeDocumentSettings,
  type UnitInsert,
  unitsWithoutBigrams,
  writeBigrams,
} from '../db/tm';
import type { TranslationState } from '../documents/types';
import { findInText } from '../text/find';
import { queryHasArticle } from '../text/find-clitics';
import { LANGS } from '../text/lang';
import { normalizeKey } from '../text/normalize';
import { splitSentences } from '../text/segment';
import { draftFromSentences } from '../tm/draft';
import { contextKey, tagCount } from '../tm/rank';
import { sentencePairs } from '../tm/sentence-units';
import { bigramKeys, pairKeys, pairSalt, tmTokens, wordHash } from '../tm/tokens';
import { DEFAULT_THRESHOLD, type ConcordanceHit, type DocumentMemorySettings, type SegmentLookup, type TmMatch, type TmMemory } from '../tm/types';
import { act } from './act';
import type { Actor } from './actor';
import { glossarySnapshot } from './glossary-cache';
import { addStats, DEFAULT_MEMORY, memoryId, parse } from './tm-common';
import { findMatches } from './tm-match';

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
export const RememberSchema = z.object({ segmentId: IdSchema, lang: z.enum(LANGS) });
export const MemorySettingsSchema = z.object({
  documentId: IdSchema,
  memoryIds: z.array(IdSchema).max(50),
  threshold: z.number().int().min(50).max(99),
});

/** The TM panel's matches for the segment in focus: paragraph matches, sentence matches and a draft from them. */
export function lookupSegment(actor: Actor, input: unknown): Promise<ActionResult<SegmentLookup>> {
  return act(actor, 'tm.read', async () => {
    const { documentId, segmentId, lang } = parse(LookupSegmentSchema, input);
    const seg = await segmentWithNeighbours(segmentId);
    if (!seg || seg.documentId !== documentId) throw new AppError('segment-not-found', { id: segmentId });
    if (seg.sourceLang === lang) throw new AppError('invalid-input', { field: 'lang' });
    const settings = await documentSettingRows(documentId);
    const threshold = settings.threshold ?? DEFAULT_THRESHOLD;
    const scope = { sourceLang: seg.sourceLang, targetLang: lang, memoryIds: settings.memories.map((m) => m.id) };
    const opts = { threshold, limit: MATCHES, memoryOrder: scope.memoryIds };
    const sentences = splitSentences(seg.text, seg.sourceLang);
    const current = {
      text: seg.text,
      lang: seg.sourceLang,
      tags: tagCount(seg.content),
      prevKey: contextKey(seg.prevText, seg.sourceLang),
      nextKey: contextKey(seg.nextText, seg.sourceLang),
    };
    const many = sentences.length >= 2 ? sentences.map((x) => ({ text: x.text, lang: seg.sourceLang })) : [];
    const [matches, ...perSentence] = await findMatches(scope, [current, ...many], { ...opts, concurrency: 4 });
    const sentenceMatches = many.map((_, i) => ({ index: i, start: sentences[i]!.start, end: sentences[i]!.end, source: sentences[i]!.text, matches: perSentence[i]! }));
    const exact = (matches ?? []).some((m) => m.score >= 100);
    return { segmentId, lang, threshold, matches: matches ?? [], sentences: sentenceMatches, draft: exact ? null : draftFromSentences(sentenceMatches) };
  });
}

/** Matches of a free text (the CLI's `tm lookup`), best first, over every memory or the named one. */
export function lookupText(actor: Actor, input: unknown): Promise<ActionResult<TmMatch[]>> {
  return act(actor, 'tm.read', async () => {
    const p = parse(LookupTextSchema, input);
    if (p.source === p.target) throw new AppError('invalid-input', { field: 'target' });
    const memoryIds = p.memory === undefined ? null : [await memoryId(p.memory)];
    const [matches] = await findMatches({ sourceLang: p.source, targetLang: p.target, memoryIds }, [{ text: p.text, lang: p.source }], {
      threshold: p.threshold ?? DEFAULT_THRESHOLD,
      limit: p.limit ?? MATCHES,
    });
    return matches ?? [];
  });
}

/** Units whose text in `lang` holds the words searched (normalized, Arabic words found behind clitics), with where. */
export function concordance(actor: Actor, input: unknown): Promise<ActionResult<ConcordanceHit[]>> {
  return act(actor, 'tm.read', async () => {
    const p = parse(ConcordanceSchema, input);
    const key = normalizeKey(p.text, p.lang);
    if (key === '') return [];
    // A query's own article is searched without it, so «المدينة» also finds «بالمدينة» and «للمدينة».
    const fragment = p.lang !== 'en' && queryHasArticle(key) ? key.slice(2) : key;
    const limit = p.limit ?? 50;
    const rows = await concordanceRows(p.lang, fragment, wordHash(fragment), limit * 4);
    const hits: ConcordanceHit[] = [];
    for (const r of rows) {
      const text = r.side === 'source' ? r.sourceText : r.targetText;
      const found = findInText(text, p.text, p.lang, { wholeWord: true });
      if (found.length === 0) continue;
      hits.push({
        unitId: r.id,
        memory: { id: r.memoryId, name: r.memoryName },
        sourceLang: r.sourceLang,
        targetLang: r.targetLang,
        source: r.sourceText,
        target: r.targetText,
        side: r.side,
        ranges: found.map((h) => [h.start, h.end]),
        origin: { document: r.documentId !== null && r.documentTitle !== null ? { id: r.documentId, title: r.documentTitle } : null, segment: r.segmentId, author: r.author, at: r.changedAt },
      });
      if (hits.length >= limit) break;
    }
    return hits;
  });
}

const MATCHES = 5;
const CONFIRMED: TranslationState[] = ['translated', 'reviewed', 'final'];

/**
 * Writes (or rewrites) the memory units of a confirmed target: the paragraph and its sentence pairs,
 * into the document's first memory. Called by saveSegment when a target becomes translated, reviewed or final.
 */
export function rememberConfirmed(actor: Actor, input: unknown): Promise<ActionResult<{ units: number }>> {
  return act(actor, 'segment.translate', async () => {
    const { segmentId, lang } = parse(RememberSchema, input);
    const seg = await confirmedSegment(segmentId, lang);
    if (!seg || seg.sourceLang === lang || !CONFIRMED.includes(seg.state) || seg.targetText.trim() === '' || seg.sourceText.trim() === '') return { units: 0 };
    const settings = await documentSettingRows(seg.documentId);
    const pairs = sentencePairs(seg.sourceText, seg.targetText, seg.sourceLang, lang, (await glossarySnapshot()).index);
    return transaction(async (tx) => {
      const memory = settings.chosen ? settings.memories[0]! : await ensureMemory(tx, DEFAULT_MEMORY, 'project', actor.id);
      await deleteSegmentUnits(tx, segmentId, lang);
      const base = { memoryId: memory.id, sourceLang: seg.sourceLang, targetLang: lang, documentId: seg.documentId, segmentId, tuid: null, props: null, author: actor.id, createdAt: null, changedAt: null };
      const units: UnitInsert[] = [
        {
          ...base,
          level: 'paragraph',
          sourceText: seg.sourceText,
          targetText: seg.targetText,
          sourceContent: seg.sourceContent,
          targetContent: seg.targetContent,
          sourceTags: tagCount(seg.sourceContent),
          ...pairKeys(seg.sourceText, seg.targetText, seg.sourceLang, lang),
          prevKey: contextKey(seg.prevText, seg.sourceLang),
          nextKey: contextKey(seg.nextText, seg.sourceLang),
          // the neighbours as written, for the TMX context props of an export (StoredTmx.context)
          props: { context: { pre: seg.prevText, post: seg.nextText } },
          sentenceIndex: null,
        },
        ...pairs.map((p): UnitInsert => ({
          ...base,
          level: 'sentence',
          sourceText: p.source,
          targetText: p.target,
          sourceContent: null,
          targetContent: null,
          sourceTags: 0,
          ...pairKeys(p.source, p.target, seg.sourceLang, lang),
          prevKey: null,
          nextKey: null,
          sentenceIndex: p.index,
        })),
      ];
      await insertUnits(tx, units);
      await addStats(tx, units);
      return { units: units.length };
    });
  });
}

/** Deletes one unit from its memory. */
export function deleteUnit(actor: Actor, unitId: unknown): Promise<ActionResult<void>> {
  return act(actor, 'tm.edit', async () => {
    const id = parse(IdSchema, unitId);
    if (!(await deleteUnitRow(id))) throw new AppError('tm-unit-not-found', { id });
  });
}

/**
 * Computes the bigram keys of units written before migration 00015 (a pair's lookups use the bigram
 * index once all its units have them), 2,000 units a transaction; returns how many were filled.
 */
export function fillBigramKeys(actor: Actor): Promise<ActionResult<{ filled: number }>> {
  return act(actor, 'tm.import', async () => {
    let filled = 0;
    for (;;) {
      const units = await unitsWithoutBigrams(2000);
      if (units.length === 0) return { filled };
      const rows = units.map((u) => ({ id: u.id, bigrams: bigramKeys(tmTokens(u.sourceText, u.sourceLang).map((t) => t.key), pairSalt(u.sourceLang, u.targetLang)) }));
      filled += await transaction((tx) => writeBigrams(tx, rows));
    }
  });
}

/** Every memory with its unit count. */
export function listMemories(actor: Actor): Promise<ActionResult<TmMemory[]>> {
  return act(actor, 'tm.read', () => listMemoryRows());
}

/** The memories a document reads (priority order) and its fuzzy threshold. */
export function documentMemories(actor: Actor, documentId: unknown): Promise<ActionResult<DocumentMemorySettings>> {
  return act(actor, 'tm.read', async () => {
    const id = parse(IdSchema, documentId);
    return settingsOf(id);
  });
}

/** Sets the memories a document reads, in priority order, and its fuzzy threshold. */
export function saveDocumentMemories(actor: Actor, input: unknown): Promise<ActionResult<DocumentMemorySettings>> {
  return act(actor, 'tm.edit', async () => {
    const p = parse(MemorySettingsSchema, input);
    if (!(await documentHead(p.documentId))) throw new AppError('document-not-found', { id: p.documentId });
    const ids = [...new Set(p.memoryIds)];
    await transaction(async (tx) => writeDocumentSettings(tx, p.documentId, ids, p.threshold));
    return settingsOf(p.documentId);
  });
}

async function settingsOf(documentId: number): Promise<DocumentMemorySettings> {
  if (!(await documentHead(documentId))) throw new AppError('document-not-found', { id: documentId });
  const s = await documentSettingRows(documentId);
  return { documentId, memories: s.chosen ? s.memories : [], threshold: s.threshold ?? DEFAULT_THRESHOLD };
}

export { analyzeDocument, pretranslateDocument, PretranslateSchema } from './tm-pretranslate';
export { exportTmx, exportTmxStream, importTmx, rememberAlignedPairs, TmxExportSchema, TmxImportSchema } from './tm-exchange';
export { DEFAULT_MEMORY } from './tm-common';
