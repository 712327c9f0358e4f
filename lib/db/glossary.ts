import type { Concept } from '../terms/types';
import { AppError } from './errors';
import { assertCanEditGlossary } from './glossary-access';
import { importConcepts } from './glossary-import';
import { conceptHash, loadStored, plainConcept, type Tx } from './glossary-rows';
import type { HistoryRow, SaveConceptResult, StoredConcept } from '../terms/glossary-views';
import { cleanConcept, validateConcept } from './glossary-validate';
import { bumpGeneration, writeConcepts } from './glossary-write';
import { sql } from './sql';

export type { ConceptHit, HistoryRow, HitRank, SaveConceptResult, SearchOptions, StoredConcept } from '../terms/glossary-views';
export { searchConcepts, listSubjects, glossaryCounts } from './glossary-search';
export { conceptOccurrences, type Occurrence } from './glossary-occurrences';
export { matchGlossary, glossaryIndex } from './glossary-index';

/** Imports concepts in one transaction (all or nothing), updating by concept id. */
export async function importGlossary(concepts: Concept[], author = 'local'): Promise<{ created: number; updated: number }> {
  const { created, updated } = await importConcepts(concepts, { author });
  return { created, updated };
}

/** Every live concept with its terms, in id order, as the exchange formats write them. */
export async function listConceptsForExport(): Promise<Concept[]> {
  return (await loadStored(sql, null)).map(plainConcept);
}

/** Every live (not deleted) concept: what the editor's and QA's matcher index is built from. */
export async function loadAllConcepts(): Promise<Concept[]> {
  return listConceptsForExport();
}

/** One concept with version and authorship, deleted or not; null when unknown. */
export async function getConcept(id: string): Promise<StoredConcept | null> {
  return (await loadStored(sql, [id]))[0] ?? null;
}

async function lockOne(tx: Tx, id: string, author: string): Promise<StoredConcept | undefined> {
  await assertCanEditGlossary(tx, author);
  await bumpGeneration(tx);
  return (await loadStored(tx, [id], { lock: true }))[0];
}

/**
 * Creates a concept (no `baseVersion`; its id must be new) or updates it if `baseVersion` is still its
 * version; a stale save is refused with the stored concept and kept in the history as a conflict.
 */
export async function saveConcept(concept: Concept, author: string, baseVersion?: number): Promise<SaveConceptResult> {
  const c = cleanConcept(concept);
  validateConcept(c);
  return sql.begin(async (tx) => {
    const stored = await lockOne(tx, c.id, author);
    if (baseVersion === undefined) {
      if (stored) throw new AppError('glossary-concept-exists', { id: c.id });
      await writeConcepts(tx, [{ concept: c, before: null, action: 'create' }], author);
    } else {
      if (!stored) throw new AppError('glossary-concept-not-found', { id: c.id });
      if (stored.deletedAt) throw new AppError('glossary-concept-deleted', { id: c.id });
      if (stored.version !== baseVersion) {
        await tx`insert into glossary_history (concept_id, action, version, before, after, author)
          values (${c.id}, 'conflict', ${stored.version}, ${plainConcept(stored) as never}, ${c as never}, ${author})`;
        return { ok: false, current: stored } as const;
      }
      if (conceptHash(c) === conceptHash(stored)) return { ok: true, concept: stored } as const;
      await writeConcepts(tx, [{ concept: c, before: stored, action: 'update' }], author);
    }
    return { ok: true, concept: (await loadStored(tx, [c.id]))[0]! } as const;
  });
}

async function setDeleted(id: string, author: string, deleted: boolean): Promise<StoredConcept> {
  return sql.begin(async (tx) => {
    const stored = await lockOne(tx, id, author);
    if (!stored) throw new AppError('glossary-concept-not-found', { id });
    if (deleted === !!stored.deletedAt) throw new AppError(deleted ? 'glossary-concept-deleted' : 'glossary-concept-not-deleted', { id });
    await tx`update glossary_concepts set deleted_at = case when ${deleted}::boolean then now() end, deleted_by = ${deleted ? author : null},
      version = version + 1, updated_at = now(), updated_by = ${author} where id = ${id}`;
    const plain = plainConcept(stored);
    await tx`insert into glossary_history (concept_id, action, version, before, after, author)
      values (${id}, ${deleted ? 'delete' : 'restore'}, ${stored.version + 1}, ${deleted ? (plain as never) : null}, ${deleted ? null : (plain as never)}, ${author})`;
    return (await loadStored(tx, [id]))[0]!;
  });
}

/** Deletes a concept (kept, hidden from search and matching; it can be restored). */
export function deleteConcept(id: string, author: string): Promise<StoredConcept> {
  return setDeleted(id, author, true);
}

/** Brings back a deleted concept as it was when deleted. */
export function restoreConcept(id: string, author: string): Promise<StoredConcept> {
  return setDeleted(id, author, false);
}

/** Every change of a concept, newest first. */
export async function conceptHistory(id: string): Promise<HistoryRow[]> {
  return sql<HistoryRow[]>`
    select id, concept_id as "conceptId", action, version, before, after, author, created_at::text as "createdAt"
    from glossary_history where concept_id = ${id} order by id desc`;
}
