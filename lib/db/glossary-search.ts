import type { Term, TermStatus } from '../terms/types';
import type { Lang } from '../text/lang';
import { queryKeys, skeletonKey } from './glossary-keys';
import { termOf, type Db, type TermRow } from './glossary-rows';
import type { ConceptHit, HitRank, SearchOptions } from './glossary-types';
import { sql } from './sql';

const RANKS: HitRank[] = ['exact', 'prefix', 'word', 'fuzzy'];
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

interface HitRow {
  concept_id: string;
  subject_field: string | null;
  lang: Lang;
  text: string;
  status: TermStatus;
  rank: number;
  score: number;
}

// One key's candidates come from the trigram index: alike (%), alike to a part (<%), or starting with it.
// A Latin query also reaches terms whose consonant skeleton starts with its own (Quds -> Qods Force).
function keyCondition(db: Db, k: string) {
  if (k.length < 2) return db`t.search_key = ${k}`;
  const skel = skeletonKey(k);
  return db`(t.search_key % ${k} or ${k} <% t.search_key or t.search_key like ${`${likeEscape(k)}%`}
    ${skel.length >= 3 ? db`or t.skeleton like ${`${likeEscape(skel)}%`} or t.skeleton like ${`% ${likeEscape(skel)}%`}` : db``})`;
}

function keyRank(db: Db, k: string) {
  return db`case when t.search_key = ${k} then 0 when t.search_key like ${`${likeEscape(k)}%`} then 1
    when t.search_key like ${`% ${likeEscape(k)}%`} then 2 else 3 end`;
}

const keyScore = (db: Db, k: string) => db`greatest(similarity(t.search_key, ${k}), word_similarity(${k}, t.search_key))`;

type Fragment = ReturnType<typeof keyScore>;

function joinWith(db: Db, parts: Fragment[], sep: Fragment): Fragment {
  return parts.reduce((acc, p, i) => (i === 0 ? p : db`${acc} ${sep} ${p}`));
}

/**
 * Concepts whose terms are like `q` in any language and script (pg_trgm on the stored search keys),
 * exact and prefix hits first, then by likeness; a misspelling still finds its concept. An empty `q`
 * lists concepts by id (with the filters).
 */
export async function searchConcepts(q: string, opts: SearchOptions = {}): Promise<ConceptHit[]> {
  const limit = Math.max(1, Math.min(opts.limit ?? 50, 500));
  const keys = queryKeys(q, opts.lang ?? 'en');
  return sql.begin(async (tx) => {
    // a little looser than pg_trgm's defaults: "Quds" should reach "Qods Force"
    await tx`select set_config('pg_trgm.similarity_threshold', '0.3', true), set_config('pg_trgm.word_similarity_threshold', '0.45', true)`;
    const filters = tx`c.deleted_at ${opts.deleted ? tx`is not null` : tx`is null`}
      ${opts.lang ? tx`and t.lang = ${opts.lang}` : tx``}
      ${opts.status ? tx`and t.status = ${opts.status}` : tx``}
      ${opts.subject ? tx`and c.subject_field = ${opts.subject}` : tx``}`;
    let rows: HitRow[];
    if (keys.length === 0) {
      rows = await tx<HitRow[]>`
        select distinct on (c.id) c.id as concept_id, c.subject_field, t.lang, t.text, t.status, 0 as rank, 1::real as score
        from glossary_terms t join glossary_concepts c on c.id = t.concept_id
        where ${filters} order by c.id, t.position limit ${limit}`;
    } else {
      const cond = joinWith(tx, keys.map((k) => keyCondition(tx, k)), tx`or`);
      const rank = keys.length === 1 ? keyRank(tx, keys[0]!) : tx`least(${joinWith(tx, keys.map((k) => keyRank(tx, k)), tx`,`)})`;
      const score = keys.length === 1 ? keyScore(tx, keys[0]!) : tx`greatest(${joinWith(tx, keys.map((k) => keyScore(tx, k)), tx`,`)})`;
      rows = await tx<HitRow[]>`
        select * from (
          select distinct on (h.concept_id) h.* from (
            select t.concept_id, c.subject_field, t.lang, t.text, t.status, ${rank} as rank, ${score} as score, t.position
            from glossary_terms t join glossary_concepts c on c.id = t.concept_id
            where (${cond}) and ${filters}
          ) h
          order by h.concept_id, h.rank, h.score desc, h.position
        ) best
        order by rank, score desc, concept_id limit ${limit}`;
    }
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.concept_id);
    const terms = await tx<TermRow[]>`
      select concept_id, lang, text, status, type, part_of_speech, usage_note, source from glossary_terms
      where concept_id = any(${ids}::text[]) order by concept_id, position`;
    const byConcept = new Map<string, Term[]>();
    for (const t of terms) (byConcept.get(t.concept_id) ?? byConcept.set(t.concept_id, []).get(t.concept_id)!).push(termOf(t));
    return rows.map((r) => {
      const hit: ConceptHit = {
        id: r.concept_id,
        terms: byConcept.get(r.concept_id) ?? [],
        matched: { lang: r.lang, text: r.text, status: r.status },
        rank: RANKS[r.rank]!,
        score: Math.round(r.score * 1000) / 1000,
      };
      if (r.subject_field) hit.subjectField = r.subject_field;
      return hit;
    });
  });
}

/** The subject fields in use, for the filter. */
export async function listSubjects(): Promise<string[]> {
  const rows = await sql<{ s: string }[]>`select distinct subject_field as s from glossary_concepts
    where deleted_at is null and subject_field is not null order by 1`;
  return rows.map((r) => r.s);
}

/** Live and deleted concepts and live terms, for the glossary page's heading. */
export async function glossaryCounts(): Promise<{ concepts: number; terms: number; deleted: number }> {
  const [r] = await sql<{ concepts: number; terms: number; deleted: number }[]>`
    select (select count(*)::int from glossary_concepts where deleted_at is null) as concepts,
      (select count(*)::int from glossary_terms t join glossary_concepts c on c.id = t.concept_id where c.deleted_at is null) as terms,
      (select count(*)::int from glossary_concepts where deleted_at is not null) as deleted`;
  return r!;
}
