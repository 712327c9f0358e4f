import type { Concept } from '../terms/types';
import type { Lang } from '../text/lang';
import { plainConcept } from '../terms/plain-concept';
import type { HistoryRow, StoredConcept } from '../terms/glossary-views';
import { loadStored } from './glossary-rows';
import { bumpGeneration } from './glossary-write';
import { sql, type Db, type Tx } from './sql';

export type { ConceptHit, HistoryRow, HitRank, SaveConceptResult, SearchOptions, StoredConcept } from '../terms/glossary-views';
export { searchConcepts, listSubjects, glossaryCounts } from './glossary-search';
export { writeConcepts, bumpGeneration, type ConceptWrite } from './glossary-write';
export { loadStored } from './glossary-rows';

/** Every live concept with its terms, in id order, as the exchange formats write them. */
export async function listLiveConcepts(db: Db = sql): Promise<Concept[]> {
  return (await loadStored(db, null)).map(plainConcept);
}

/** One concept with version and authorship, deleted or not; null when unknown. */
export async function getConcept(id: string, db: Db = sql): Promise<StoredConcept | null> {
  return (await loadStored(db, [id]))[0] ?? null;
}

/** The glossary's generation: bumped by every write, from the app or the CLI (caches compare it). */
export async function glossaryGeneration(): Promise<number> {
  const [r] = await sql<{ generation: number }[]>`select generation from glossary_state`;
  return r?.generation ?? 0;
}

/** Takes the glossary write lock (bumping the generation) and locks one concept's row; undefined when unknown. */
export async function lockConcept(tx: Tx, id: string): Promise<StoredConcept | undefined> {
  await bumpGeneration(tx);
  return (await loadStored(tx, [id], { lock: true }))[0];
}

/** A history row of a save refused as stale: the stored version and what was sent. */
export async function insertConflict(tx: Tx, stored: StoredConcept, sent: Concept, author: string): Promise<void> {
  await tx`insert into glossary_history (concept_id, action, version, before, after, author)
    values (${stored.id}, 'conflict', ${stored.version}, ${plainConcept(stored) as never}, ${sent as never}, ${author})`;
}

/** Deletes (hides) or restores a locked concept, with its history row; returns it as it is now. */
export async function setDeleted(tx: Tx, stored: StoredConcept, deleted: boolean, author: string): Promise<StoredConcept> {
  const id = stored.id;
  await tx`update glossary_concepts set deleted_at = case when ${deleted}::boolean then now() end, deleted_by = ${deleted ? author : null},
    version = version + 1, updated_at = now(), updated_by = ${author} where id = ${id}`;
  const plain = plainConcept(stored);
  await tx`insert into glossary_history (concept_id, action, version, before, after, author)
    values (${id}, ${deleted ? 'delete' : 'restore'}, ${stored.version + 1}, ${deleted ? (plain as never) : null}, ${deleted ? null : (plain as never)}, ${author})`;
  return (await loadStored(tx, [id]))[0]!;
}

/** The seed hashes of concepts (what the house file had when it was last loaded). */
export async function seedHashes(tx: Tx, ids: string[]): Promise<Map<string, string | null>> {
  const rows = await tx<{ id: string; seed_hash: string | null }[]>`select id, seed_hash from glossary_concepts where id = any(${ids}::text[])`;
  return new Map(rows.map((r) => [r.id, r.seed_hash]));
}

/** Records the house file's hash of concepts whose content did not change. */
export async function setSeedHashes(tx: Tx, hashes: { id: string; hash: string }[]): Promise<void> {
  for (const r of hashes) await tx`update glossary_concepts set seed_hash = ${r.hash} where id = ${r.id}`;
}

/** Every change of a concept, newest first. */
export async function conceptHistory(id: string): Promise<HistoryRow[]> {
  return sql<HistoryRow[]>`
    select id, concept_id as "conceptId", action, version, before, after, author,
      (select u.name from users u where u.id = author) as "authorName", created_at::text as "createdAt"
    from glossary_history where concept_id = ${id} order by id desc`;
}

/** A text of a live segment (source or translation) in one of `langs`. */
export interface StoredText {
  document_id: number;
  title: string;
  segment_id: number;
  position: number;
  lang: Lang;
  text: string;
}

/** The texts of live segments in `langs`, in document and reading order, 500 rows at a time. */
export async function* storedTexts(langs: Lang[]): AsyncGenerator<StoredText[]> {
  yield* sql<StoredText[]>`
    select x.* from (
      select d.id as document_id, d.title, s.id as segment_id, s.position, d.source_lang as lang, s.text
      from segments s join documents d on d.id = s.document_id where s.merged_into is null
      union all
      select d.id, d.title, s.id, s.position, t.lang, t.text
      from translations t join segments s on s.id = t.segment_id join documents d on d.id = s.document_id
      where s.merged_into is null and t.text <> ''
    ) x where x.lang = any(${langs}::text[])
    order by x.document_id, x.position, x.lang`.cursor(500);
}
