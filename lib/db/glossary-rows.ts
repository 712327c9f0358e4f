import type { Concept, Term } from '../terms/types';
import { compactTerm } from '../terms/concept-schema';
import { termKey } from '../terms/term-key';
import type { Lang } from '../text/lang';
import { searchKey, skeletonKey } from '../terms/search-keys';
import type { StoredConcept } from '../terms/glossary-views';
import type { Db, Tx } from './sql';

export type { Db, Tx } from './sql';

interface ConceptRow {
  id: string;
  subject_field: string | null;
  definitions: Partial<Record<Lang, string>>;
  notes: Partial<Record<Lang, string>>;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  deleted_at: string | null;
}

export interface TermRow {
  concept_id: string;
  lang: Lang;
  text: string;
  status: Term['status'];
  type: Term['type'] | null;
  part_of_speech: string | null;
  usage_note: string | null;
  source: string | null;
}

/** A term row as a Term, leaving out empty fields (as the format readers do). */
export function termOf(r: TermRow): Term {
  return compactTerm({ ...r, partOfSpeech: r.part_of_speech, usageNote: r.usage_note });
}

function storedOf(r: ConceptRow, terms: Term[]): StoredConcept {
  const c = { id: r.id, terms } as StoredConcept;
  if (r.subject_field) c.subjectField = r.subject_field;
  if (Object.keys(r.definitions).length > 0) c.definitions = r.definitions;
  if (Object.keys(r.notes).length > 0) c.notes = r.notes;
  return {
    ...c,
    version: r.version,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    deletedAt: r.deleted_at,
  };
}

/** Loads concepts with their terms: by ids, or every live one (ids null), in id order. */
export async function loadStored(db: Db, ids: string[] | null, opts: { lock?: boolean } = {}): Promise<StoredConcept[]> {
  if (ids !== null && ids.length === 0) return [];
  const rows = await db<ConceptRow[]>`
    select id, subject_field, definitions, notes, version, created_at::text as created_at, created_by,
      updated_at::text as updated_at, updated_by, deleted_at::text as deleted_at
    from glossary_concepts where ${ids === null ? db`deleted_at is null` : db`id = any(${ids}::text[])`}
    order by id ${opts.lock ? db`for update` : db``}`;
  if (rows.length === 0) return [];
  const terms = await db<TermRow[]>`
    select t.concept_id, t.lang, t.text, t.status, t.type, t.part_of_speech, t.usage_note, t.source
    from glossary_terms t ${
      ids === null
        ? db`join glossary_concepts c on c.id = t.concept_id and c.deleted_at is null`
        : db`where t.concept_id = any(${ids}::text[])`
    }
    order by t.concept_id, t.position`;
  const byConcept = new Map<string, Term[]>();
  for (const t of terms) {
    let list = byConcept.get(t.concept_id);
    if (!list) byConcept.set(t.concept_id, (list = []));
    list.push(termOf(t));
  }
  return rows.map((r) => storedOf(r, byConcept.get(r.id) ?? []));
}

/** Rows for glossary_terms of one concept, keys computed here so every writer stores the same. */
export function termRows(c: Concept) {
  return c.terms.map((t, i) => ({
    concept_id: c.id,
    position: i,
    lang: t.lang,
    text: t.text,
    status: t.status,
    type: t.type ?? null,
    part_of_speech: t.partOfSpeech ?? null,
    usage_note: t.usageNote ?? null,
    source: t.source ?? null,
    key: termKey(t.text, t.lang),
    search_key: searchKey(t.text, t.lang),
    skeleton: skeletonKey(searchKey(t.text, t.lang)),
  }));
}
