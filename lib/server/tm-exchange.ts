// TMX import and export, and aligned pairs kept as a memory (issue 13).
import { z } from 'zod';
import { AppError } from '../contract/app-error';
import { ok, type ActionResult } from '../contract/result';
import { transaction } from '../db/sql';
import { ensureMemory, exportRows, importCandidates, insertUnits, lockMemoryImports, updateImportedUnits, type UnitInsert } from '../db/tm';
import { readTmx } from '../formats/tmx-read';
import { unitXml, writeTmxChunks } from '../formats/tmx-write';
import { LANGS, type Lang } from '../text/lang';
import { contextKey } from '../tm/rank';
import { planImport } from '../tm/import-merge';
import { tmxUnitOf, unitsFromTmx } from '../tm/tmx-units';
import { pairKeys } from '../tm/tokens';
import type { TmxImportReport } from '../tm/types';
import { act, toFailure } from './act';
import type { Actor } from './actor';
import { addStats, memoryId, parse } from './tm-common';

export const TmxImportSchema = z.object({ bytes: z.instanceof(Uint8Array), memory: z.string().trim().min(1).max(200).optional(), fileName: z.string().max(500).optional() });
export const TmxExportSchema = z.object({ source: z.enum(LANGS), target: z.enum(LANGS), memory: z.string().max(200).optional() });

/**
 * Imports a TMX file into a named memory (created when missing), all or nothing: units the memory holds
 * already are not added again (lib/tm/import-merge.ts), newer copies update them; counts of each.
 */
export function importTmx(actor: Actor, input: { bytes: Uint8Array; memory?: string; fileName?: string }): Promise<ActionResult<TmxImportReport>> {
  return act(actor, 'tm.import', async () => {
    const p = parse(TmxImportSchema, input);
    const doc = readTmx(p.bytes);
    const name = p.memory ?? (p.fileName ? basename(p.fileName) : 'Imported');
    const { units, warnings } = unitsFromTmx(doc, actor.id);
    if (units.length === 0) throw new AppError('tmx-empty');
    return transaction(async (tx) => {
      const memory = await ensureMemory(tx, name, 'imported', actor.id);
      await lockMemoryImports(tx, memory.id);
      const plan = planImport(units, await importCandidates(tx, memory.id, units));
      const added = plan.add.map((u) => ({ ...u, memoryId: memory.id, imported: true }));
      await insertUnits(tx, added);
      await addStats(tx, added);
      const updated = await updateImportedUnits(tx, plan.update);
      const report: TmxImportReport = {
        memory,
        units: units.length,
        added: added.length,
        updated: updated.length,
        unchanged: plan.unchanged + plan.update.length - updated.length,
        warnings,
      };
      return report;
    });
  });
}

const basename = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.tmx$/i, '') || 'Imported';

/** What a streamed export gives: the file's chunks, read from the memory as they are consumed, and how many units went out so far. */
export interface TmxExportStream {
  chunks: AsyncGenerator<string>;
  written: { units: number };
}

/**
 * A TMX 1.4b file of the units of one language pair (one memory, or all), as chunks read 2,000 units
 * at a time while they are consumed, so a memory of millions of units never sits in memory whole
 * (a single string of it would pass V8's limit). The policy and the input are checked before the first chunk.
 */
export function exportTmxStream(actor: Actor, input: unknown): Promise<ActionResult<TmxExportStream>> {
  return act(actor, 'tm.read', async () => {
    const p = parse(TmxExportSchema, input);
    if (p.source === p.target) throw new AppError('invalid-input', { field: 'target' });
    const memory = p.memory === undefined ? null : await memoryId(p.memory);
    const written = { units: 0 };
    return { chunks: tmxChunks(p.source, p.target, memory, written), written };
  });
}

async function* tmxChunks(source: Lang, target: Lang, memory: number | null, written: { units: number }): AsyncGenerator<string> {
  const header = { attrs: { srclang: source, adminlang: 'en', segtype: 'sentence', datatype: 'plaintext', creationdate: tmxNow() } };
  const [head, tail] = [...writeTmxChunks(header, [])];
  yield head!;
  for await (const rows of exportRows(source, target, memory)) {
    written.units += rows.length;
    yield rows.map((r) => unitXml(tmxUnitOf(r, source, target))).join('');
  }
  yield tail!;
}

/** A TMX 1.4b file of the units of one language pair (one memory, or all), as one string (see exportTmxStream for large memories). */
export async function exportTmx(actor: Actor, input: unknown): Promise<ActionResult<{ xml: string; units: number }>> {
  const r = await exportTmxStream(actor, input);
  if (!r.ok) return r;
  const parts: string[] = [];
  try {
    for await (const chunk of r.value.chunks) parts.push(chunk);
  } catch (err) {
    return toFailure(err);
  }
  return ok({ xml: parts.join(''), units: r.value.written.units });
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
      props: { context: { pre: pairs[i - 1]?.source ?? null, post: pairs[i + 1]?.source ?? null } },
      author: actor.id,
      createdAt: null,
      changedAt: null,
    }));
    await insertUnits(tx, rows);
    await addStats(tx, rows);
    return rows.length;
  });
}
