import type { Concept } from '../terms/types';
import { assertCanEditGlossary } from './glossary-access';
import { conceptHash, loadStored } from './glossary-rows';
import { cleanConcept, validateConcept } from './glossary-validate';
import { bumpGeneration, mergeImported, writeConcepts, type ConceptWrite } from './glossary-write';
import { sql } from './sql';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Cleans and checks every concept before anything is written; the same id twice is merged. */
function prepare(concepts: Concept[]): Concept[] {
  const byId = new Map<string, Concept>();
  for (const raw of concepts) {
    const c = cleanConcept(raw);
    byId.set(c.id, mergeImported(byId.get(c.id) ?? null, c));
  }
  const out = [...byId.values()];
  out.forEach(validateConcept);
  return out;
}

/**
 * Imports concepts in one transaction, updating by concept id (never duplicating). With `seed`, a
 * concept whose content in the file is unchanged since the last load is left alone, so an editor's
 * change survives restarts; a changed file entry replaces the stored concept.
 */
export async function importConcepts(concepts: Concept[], opts: { author: string; seed?: boolean }): Promise<ImportCounts> {
  const prepared = prepare(concepts);
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  if (prepared.length === 0) return counts;
  return sql.begin(async (tx) => {
    await assertCanEditGlossary(tx, opts.author);
    await bumpGeneration(tx);
    const ids = prepared.map((c) => c.id);
    const stored = new Map((await loadStored(tx, ids)).map((c) => [c.id, c]));
    const seedHashes = opts.seed
      ? new Map((await tx<{ id: string; seed_hash: string | null }[]>`select id, seed_hash from glossary_concepts where id = any(${ids}::text[])`).map((r) => [r.id, r.seed_hash]))
      : new Map<string, string | null>();
    const writes: ConceptWrite[] = [];
    const reseeded: { id: string; hash: string }[] = [];
    for (const incoming of prepared) {
      const before = stored.get(incoming.id) ?? null;
      const hash = opts.seed ? conceptHash(incoming) : undefined;
      if (!before) {
        writes.push({ concept: incoming, before: null, action: 'import', seedHash: hash });
        counts.created++;
        continue;
      }
      if (opts.seed && seedHashes.get(incoming.id) === hash) {
        counts.unchanged++;
        continue;
      }
      const next = opts.seed ? incoming : mergeImported(before, incoming);
      if (!before.deletedAt && conceptHash(next) === conceptHash(before)) {
        counts.unchanged++;
        if (hash) reseeded.push({ id: incoming.id, hash });
        continue;
      }
      writes.push({ concept: next, before, action: before.deletedAt ? 'restore' : 'import', seedHash: hash });
      counts.updated++;
    }
    await writeConcepts(tx, writes, opts.author);
    for (const r of reseeded) await tx`update glossary_concepts set seed_hash = ${r.hash} where id = ${r.id}`;
    return counts;
  });
}
