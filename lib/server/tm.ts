// Translation memory use cases (issue 13): what the TM panel, the concordance and pre-translate pages,
// the Align page's "keep" and the `tarjuman tm` commands call. docs/tm.md describes the design.
import { z } from 'zod';
import { AppError } from '../contract/app-error';
import { IdSchema } from '../contract/ids';
import type { ActionResult } from '../contract/result';
import { LANGS, type Lang } from '../text/lang';
import { glossarySnapshot } from './glossary-cache';
import { findMatches } from './tm-match';
import { transaction, type Tx } from '../db/sql';
import {
  addWordStats,
  concordanceRows,
  copyUnits,
  confirmedSegment,
  deleteSegmentUnits,
  deleteUnitRow,
  documentHead,
  documentSegments,
  documentSettingRows,
  ensureMemory,
  exportRows,
  insertUnits,
  listMemoryRows,
  memoryByName,
  segmentWithNeighbours,
  writeDocumentSettings,
  writeFromMemory,
  type UnitInsert,
} from '../db/tm';
import { touchDocument } from '../db/translations';
import type { PmNode, TranslationState } from '../documents/types';
import { readTmx } from '../formats/tmx-read';
import { unitXml, writeTmxChunks } from '../formats/tmx-write';
import { findInText } from '../text/find';
import { queryHasArticle } from '../text/find-clitics';
import { normalizeKey } from '../text/normalize';
import { splitSentences } from '../text/segment';
import { countWords } from '../text/word-count';
import { draftFromSentences } from '../tm/draft';
import { contextKey, tagCount } from '../tm/rank';
import { sentencePairs } from '../tm/sentence-units';
import { tmxUnitOf, unitsFromTmx } from '../tm/tmx-units';
import { pairKeys, wordHash } from '../tm/tokens';
import { BANDS, bandOf, DEFAULT_THRESHOLD, type Band, type BandCount } from '../tm/types';
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

/** Counts by band of the document's empty targets in `lang` against its memories; writes nothing. */
export function analyzeDocument(actor: Actor, input: unknown): Promise<ActionResult<PretranslateReport>> {
  return act(actor, 'tm.read', async () => {
    const p = parse(PretranslateSchema, input);
    return (await runPretranslation(actor, p.documentId, p.lang, p.min ?? 100, false)).report;
  });
}

/**
 * Fills every empty target in `lang` from context and exact matches (state translated) and, when
 * `min` < 100, from fuzzy matches scoring at least `min` (state initial); marked as from memory; one transaction.
 */
export function pretranslateDocument(actor: Actor, input: unknown): Promise<ActionResult<PretranslateReport>> {
  return act(actor, 'tm.pretranslate', async () => {
    const p = parse(PretranslateSchema, input);
    return (await runPretranslation(actor, p.documentId, p.lang, p.min ?? 100, true)).report;
  });
}

async function runPretranslation(actor: Actor, documentId: number, lang: Lang, min: number, write: boolean): Promise<{ report: PretranslateReport }> {
  const head = await documentHead(documentId);
  if (!head) throw new AppError('document-not-found', { id: documentId });
  if (head.sourceLang === lang) throw new AppError('invalid-input', { field: 'lang' });
  const settings = await documentSettingRows(documentId);
  const memoryIds = settings.memories.map((m) => m.id);
  const segments = await documentSegments(documentId, lang);
  const empty = segments.filter((s) => (s.targetText ?? '').trim() === '' && s.text.trim() !== '');
  const found = await findMatches(
    { sourceLang: head.sourceLang, targetLang: lang, memoryIds },
    empty.map((s) => ({ text: s.text, lang: head.sourceLang, prevKey: contextKey(s.prevText, head.sourceLang), nextKey: contextKey(s.nextText, head.sourceLang) })),
    { threshold: Math.min(70, min), limit: 1, memoryOrder: memoryIds, concurrency: 4, fuzzy: 'unless-exact' },
  );
  const bands = Object.fromEntries(BANDS.map((b) => [b, { segments: 0, words: 0 }])) as Record<Band, BandCount>;
  const writes: { seg: (typeof empty)[number]; match: TmMatch }[] = [];
  for (const [i, seg] of empty.entries()) {
    const best = found[i]?.[0] ?? null;
    const band = bands[bandOf(best?.score ?? null)];
    band.segments++;
    band.words += countWords(seg.text, head.sourceLang);
    if (best && best.score >= Math.min(min, 100)) writes.push({ seg, match: best });
  }
  let filled = 0;
  let filledFuzzy = 0;
  if (write && writes.length > 0) {
    await transaction(async (tx) => {
      const written = new Set(
        await writeFromMemory(
          tx,
          writes.map(({ seg, match }) => {
            const text = match.adjustedTarget ?? match.target;
            return {
              segmentId: seg.id,
              lang,
              content: match.targetContent && match.adjustedTarget === null ? match.targetContent : paragraphDoc(text),
              text,
              state: match.score >= 100 ? ('translated' as const) : ('initial' as const),
              origin: { unitId: match.unitId, score: match.score, memory: match.memory.name },
              author: actor.id,
            };
          }),
        ),
      );
      for (const { seg, match } of writes) {
        if (!written.has(seg.id)) continue;
        filled++;
        if (match.score < 100) filledFuzzy++;
      }
      await touchDocument(tx, documentId);
    });
  }
  return { report: { documentId, lang, bands, skipped: segments.length - empty.length, filled, filledFuzzy, min } };
}

const paragraphDoc = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) }] });

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

/** Adds the word counts of freshly written units (per language, source and target sides). */
async function addStats(tx: Tx, units: readonly UnitInsert[]): Promise<void> {
  const by = new Map<Lang, Map<number, number>>();
  const add = (lang: Lang, words: number[]) => {
    let m = by.get(lang);
    if (!m) by.set(lang, (m = new Map()));
    for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  };
  for (const u of units) {
    add(u.sourceLang, u.sourceWords);
    add(u.targetLang, u.targetWords);
  }
  for (const [lang, counts] of by) await addWordStats(tx, lang, counts);
}

async function memoryId(name: string): Promise<number> {
  const m = await memoryByName(name);
  if (!m) throw new AppError('tm-memory-not-found', { name });
  return m.id;
}

/** The memory a document's confirmations go to when it chose none. */
export const DEFAULT_MEMORY = 'Tarjuman';
const MATCHES = 5;

/** Imports a TMX file into a named memory (created when missing), all or nothing. */
export function importTmx(actor: Actor, input: { bytes: Uint8Array; memory?: string; fileName?: string }): Promise<ActionResult<TmxImportReport>> {
  return act(actor, 'tm.import', async () => {
    const p = parse(TmxImportSchema, input);
    const doc = readTmx(p.bytes);
    const name = p.memory ?? (p.fileName ? basename(p.fileName) : 'Imported');
    const { units, warnings } = unitsFromTmx(doc, actor.id);
    if (units.length === 0) throw new AppError('tmx-empty');
    const memory = await transaction(async (tx) => {
      const m = await ensureMemory(tx, name, 'imported', actor.id);
      const rows = units.map((u) => ({ ...u, memoryId: m.id }));
      await copyUnits(rows, tx);
      await addStats(tx, rows);
      return m;
    });
    return { memory, units: units.length, warnings };
  });
}

const basename = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.tmx$/i, '') || 'Imported';

/** A TMX 1.4b file of the units of one language pair (one memory, or all). */
export function exportTmx(actor: Actor, input: unknown): Promise<ActionResult<{ xml: string; units: number }>> {
  return act(actor, 'tm.read', async () => {
    const p = parse(TmxExportSchema, input);
    if (p.source === p.target) throw new AppError('invalid-input', { field: 'target' });
    const memory = p.memory === undefined ? null : await memoryId(p.memory);
    const chunks: string[] = [];
    let units = 0;
    const header = { attrs: { srclang: p.source, adminlang: 'en', segtype: 'sentence', datatype: 'plaintext', creationdate: tmxNow() } };
    const writer = writeTmxChunks(header, []);
    const head = [...writer];
    chunks.push(head[0]!);
    for await (const rows of exportRows(p.source, p.target, memory)) {
      for (const r of rows) {
        units++;
        chunks.push(unitXml(tmxUnitOf(r, p.source, p.target)));
      }
    }
    chunks.push(head[1]!);
    return { xml: chunks.join(''), units };
  });
}

const tmxNow = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

/**
 * Keeps aligned pairs (the Align page's "keep") in a memory named after the document; the caller
 * (keepAlignedPairs) has asked the policy. Empty sides are skipped.
 */
export async function rememberAlignedPairs(actor: Actor, input: { memory: string; documentId: number; sourceLang: Lang; targetLang: Lang; pairs: { source: string; target: string }[] }): Promise<number> {
  const pairs = input.pairs.filter((p) => p.source.trim() !== '' && p.target.trim() !== '');
  if (pairs.length === 0) return 0;
  return transaction(async (tx) => {
    const m = await ensureMemory(tx, input.memory, 'aligned', actor.id);
    const rows: UnitInsert[] = pairs.map((p, i) => ({
      memoryId: m.id,
      level: 'sentence',
      sourceLang: input.sourceLang,
      targetLang: input.targetLang,
      sourceText: p.source,
      targetText: p.target,
      sourceContent: null,
      targetContent: null,
      sourceTags: 0,
      ...pairKeys(p.source, p.target, input.sourceLang, input.targetLang),
      prevKey: contextKey(pairs[i - 1]?.source, input.sourceLang),
      nextKey: contextKey(pairs[i + 1]?.source, input.sourceLang),
      documentId: input.documentId,
      segmentId: null,
      sentenceIndex: i,
      tuid: null,
      props: null,
      author: actor.id,
      createdAt: null,
      changedAt: null,
    }));
    await insertUnits(tx, rows);
    await addStats(tx, rows);
    return rows.length;
  });
}

/** Deletes one unit from its memory. */
export function deleteUnit(actor: Actor, unitId: unknown): Promise<ActionResult<void>> {
  return act(actor, 'tm.edit', async () => {
    const id = parse(IdSchema, unitId);
    if (!(await deleteUnitRow(id))) throw new AppError('tm-unit-not-found', { id });
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

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const p = schema.safeParse(input);
  if (!p.success) throw new AppError('invalid-input', { field: p.error.issues[0]?.path.join('.') ?? '' });
  return p.data;
}

export type { Lang };
