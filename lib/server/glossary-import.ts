import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../contract/app-error';
import type { ActionResult } from '../contract/result';
import { bumpGeneration, loadStored, seedHashes, setSeedHashes, writeConcepts, type ConceptWrite } from '../db/glossary';
import { transaction } from '../db/sql';
import { parseGlossaryFile, readGlossaryFile } from '../formats/glossary-file';
import { conceptHash } from './concept-hash';
import { checkConcept } from '../terms/concept-schema';
import { mergeImported } from '../terms/merge-imported';
import type { Concept } from '../terms/types';
import { act } from './act';
import { SYSTEM_ACTOR, type Actor } from './actor';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Checks every concept against the one schema before anything is written; the same id twice is merged. */
function prepare(concepts: Concept[]): Concept[] {
  const byId = new Map<string, Concept>();
  const merged = new Set<string>();
  for (const raw of concepts) {
    const c = checkConcept(raw);
    const before = byId.get(c.id);
    if (before) merged.add(c.id);
    byId.set(c.id, mergeImported(before ?? null, c));
  }
  for (const id of merged) checkConcept(byId.get(id));
  return [...byId.values()];
}

/**
 * Imports concepts in one transaction (all or nothing), updating by concept id (never duplicating).
 * With `seed`, a concept whose content in the file is unchanged since the last load is left alone, so
 * an editor's change survives restarts; a changed file entry replaces the stored concept.
 */
export function importConcepts(actor: Actor, concepts: Concept[], opts: { seed?: boolean } = {}): Promise<ActionResult<ImportCounts>> {
  return act(actor, 'glossary.import', () => writeImport(actor, prepare(concepts), !!opts.seed));
}

async function writeImport(actor: Actor, prepared: Concept[], seed: boolean): Promise<ImportCounts> {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  if (prepared.length === 0) return counts;
  return transaction(async (tx) => {
    await bumpGeneration(tx);
    const ids = prepared.map((c) => c.id);
    const stored = new Map((await loadStored(tx, ids)).map((c) => [c.id, c]));
    const hashes = seed ? await seedHashes(tx, ids) : new Map<string, string | null>();
    const writes: ConceptWrite[] = [];
    const reseeded: { id: string; hash: string }[] = [];
    for (const incoming of prepared) {
      const before = stored.get(incoming.id) ?? null;
      const hash = seed ? conceptHash(incoming) : undefined;
      if (!before) {
        writes.push({ concept: incoming, before: null, action: 'import', seedHash: hash });
        counts.created++;
        continue;
      }
      if (seed && hashes.get(incoming.id) === hash) {
        counts.unchanged++;
        continue;
      }
      const next = seed ? incoming : mergeImported(before, incoming);
      if (!before.deletedAt && conceptHash(next) === conceptHash(before)) {
        counts.unchanged++;
        if (hash) reseeded.push({ id: incoming.id, hash });
        continue;
      }
      writes.push({ concept: next, before, action: before.deletedAt ? 'restore' : 'import', seedHash: hash });
      counts.updated++;
    }
    await writeConcepts(tx, writes, actor.id);
    await setSeedHashes(tx, reseeded);
    return counts;
  });
}

/**
 * Imports an uploaded TBX or CSV/TSV glossary, all or nothing: the file is read completely (a
 * malformed one names line and column) and every concept checked before anything is written.
 */
export function importGlossary(actor: Actor, file: { bytes: Uint8Array; fileName: string }) {
  return act(actor, 'glossary.import', async () => {
    const { format, concepts } = readGlossaryFile(file.bytes, file.fileName || 'upload');
    if (concepts.length === 0) throw new AppError('glossary-import-empty', { fileName: file.fileName });
    const counts = await writeImport(actor, prepare(concepts), false);
    return { format, concepts: concepts.length, ...counts };
  });
}

/** Where the house glossary lives (TBX-Basic v3), relative to the repository root. */
export function houseGlossaryPath(root = process.cwd()): string {
  return join(root, 'glossary', 'house.tbx');
}

/**
 * Loads glossary/house.tbx as the system (server start and CLI). Idempotent: concepts are matched by
 * id and never duplicated; one whose entry in the file has not changed since the last load is left
 * as editors made it, a changed entry replaces the stored concept. A missing file loads nothing.
 */
export async function loadHouseGlossary(path = houseGlossaryPath()): Promise<ActionResult<ImportCounts>> {
  if (!existsSync(path)) return { ok: true, value: { created: 0, updated: 0, unchanged: 0 } };
  let concepts: Concept[];
  try {
    concepts = parseGlossaryFile(new Uint8Array(readFileSync(path)), path);
  } catch (err) {
    return act(SYSTEM_ACTOR, 'glossary.import', () => Promise.reject(err));
  }
  return importConcepts(SYSTEM_ACTOR, concepts, { seed: true });
}
