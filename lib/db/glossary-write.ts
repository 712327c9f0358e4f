import type { Concept } from '../terms/types';
import type { HistoryAction, StoredConcept } from '../terms/glossary-views';
import { plainConcept } from '../terms/plain-concept';
import { termRows, type Tx } from './glossary-rows';

/** One concept to write in a batch, with what it replaces. */
export interface ConceptWrite {
  concept: Concept;
  before: StoredConcept | null;
  action: HistoryAction;
  /** Set when loading the house file: the hash of the concept as the file has it. */
  seedHash?: string;
}

// postgres.js binds at most 65535 parameters per statement: 12 columns x 4000 rows stays below.
const BATCH = 4000;

function* chunks<T>(items: T[], size = BATCH): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Takes the glossary write lock and tells matcher caches that the glossary changed. */
export async function bumpGeneration(tx: Tx): Promise<void> {
  await tx`update glossary_state set generation = generation + 1`;
}

/** Writes concepts (new or replacing), their terms and a history row each; the caller holds the tx. */
export async function writeConcepts(tx: Tx, writes: ConceptWrite[], author: string): Promise<void> {
  if (writes.length === 0) return;
  const replaced = writes.filter((w) => w.before).map((w) => w.concept.id);
  for (const ids of chunks(replaced)) await tx`delete from glossary_terms where concept_id = any(${ids}::text[])`;
  const conceptRows = writes.map((w) => ({
    id: w.concept.id,
    subject_field: w.concept.subjectField ?? null,
    definitions: w.concept.definitions ?? {},
    notes: w.concept.notes ?? {},
    created_by: author,
    updated_by: author,
    seed_hash: w.seedHash ?? null,
  }));
  for (const rows of chunks(conceptRows)) {
    await tx`insert into glossary_concepts ${tx(rows as never, 'id', 'subject_field', 'definitions', 'notes', 'created_by', 'updated_by', 'seed_hash')}
      on conflict (id) do update set subject_field = excluded.subject_field, definitions = excluded.definitions,
        notes = excluded.notes, version = glossary_concepts.version + 1, updated_at = now(), updated_by = excluded.updated_by,
        deleted_at = null, deleted_by = null, seed_hash = coalesce(excluded.seed_hash, glossary_concepts.seed_hash)`;
  }
  const terms = writes.flatMap((w) => termRows(w.concept));
  for (const rows of chunks(terms)) {
    await tx`insert into glossary_terms ${tx(rows as never, 'concept_id', 'position', 'lang', 'text', 'status', 'type', 'part_of_speech', 'usage_note', 'source', 'key', 'search_key', 'skeleton')}`;
  }
  const history = writes.map((w) => ({
    concept_id: w.concept.id,
    action: w.action,
    version: w.before ? w.before.version + 1 : 1,
    before: w.before ? plainConcept(w.before) : null,
    after: plainConcept(w.concept),
    author,
  }));
  for (const rows of chunks(history)) {
    await tx`insert into glossary_history ${tx(rows as never, 'concept_id', 'action', 'version', 'before', 'after', 'author')}`;
  }
}
