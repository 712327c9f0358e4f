import type { Term, TermStatus } from '../terms/types';
import type { Lang } from '../text/lang';
import { queryKeys, skeletonKey } from '../terms/search-keys';
import { termOf, type Db, type TermRow } from './glossary-rows';
import type { ConceptHit, HitRank, SearchOptions } from '../terms/glossary-views';
import { sql } from './sql';

const RANKS: HitRank[] = ['exact', 'prefix', 'word', 'fuzzy'];
const TOP = '\u{10FFFF}';
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
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

const emptyFragment = (db: Db) => db``;
type Fragment = ReturnType<typeof emptyFragment>;
const any = (db: Db, parts: Fragment[]): Fragment => parts.reduce((acc, p) => db`${acc} or ${p}`);
const most = (db: Db, parts: Fragment[]): Fragment => (parts.length === 1 ? parts[0]! : db`greatest(${parts.reduce((acc, p) => db`${acc}, ${p}`)})`);

/**
 * The three phases of a search, best first; a phase runs only while the hits are fewer than the
 * limit, so the common typed prefix is answered from a btree range and never pays for likeness.
 * 1 exact and prefix: btree ranges over the search keys (shorter keys first).
 * 2 a word of the term starts with the query (trigram index, LIKE '% q%').
 * 3 alike: pg_trgm similarity or word similarity, or a Latin consonant skeleton (Quds -> Qods).
 */
function phase(db: Db, n: 1 | 2 | 3, keys: string[]): { where: Fragment; rank: Fragment; score: Fragment } | null {
  const C = db`collate "C"`;
  if (n === 1) {
    // Arabic-script keys also meet with their spaces left out: a ZWNJ (stored as a space) or a space
    // left out when typing (حزبالله finds حزب‌الله, کتائب حزبالله finds کتائب حزب‌الله)
    const compact = [...new Set(keys.filter((k) => ARABIC_SCRIPT.test(k)).map((k) => k.replaceAll(' ', '')))];
    const joined = db`replace(t.search_key, ' ', '') ${C}`;
    return {
      where: any(db, [
        ...keys.map((k) => db`(t.search_key ${C} >= ${k} and t.search_key ${C} < ${k + TOP})`),
        ...compact.map((k) => db`(${joined} >= ${k} and ${joined} < ${k + TOP})`),
      ]),
      rank: db`case when t.search_key = any(${keys}::text[]) or replace(t.search_key, ' ', '') = any(${compact}::text[]) then 0 else 1 end`,
      score: db`(1.0 / length(t.search_key))`,
    };
  }
  const long = keys.filter((k) => k.length >= 3);
  if (long.length === 0) return null;
  const score = most(db, long.map((k) => db`greatest(similarity(t.search_key, ${k}), word_similarity(${k}, t.search_key))`));
  if (n === 2) return { where: any(db, long.map((k) => db`t.search_key like ${`% ${likeEscape(k)}%`}`)), rank: db`2`, score };
  const skeletons = [...new Set(long.map(skeletonKey).filter((s) => s.length >= 3))];
  // One index scan per test, joined by union: under OR every row found would be rechecked by all.
  const tests = [
    ...long.flatMap((k) => [db`t.search_key % ${k}`, db`${k} <% t.search_key`]),
    ...skeletons.flatMap((s) => [db`t.skeleton ${C} >= ${s} and t.skeleton ${C} < ${s + TOP}`, db`t.skeleton like ${`% ${likeEscape(s)}%`}`]),
  ];
  const union = tests.map((w) => db`select t.id from glossary_terms t where ${w}`).reduce((acc, q) => db`${acc} union ${q}`);
  return { where: db`t.id in (${union})`, rank: db`3`, score };
}

/**
 * Concepts whose terms are like `q` in any language and script (stored normalized search keys),
 * exact and prefix hits first, then a word's prefix, then by likeness; a misspelling still finds its
 * concept. An empty `q` lists concepts by id (with the filters).
 */
export async function searchConcepts(q: string, opts: SearchOptions = {}): Promise<ConceptHit[]> {
  const limit = Math.max(1, Math.min(opts.limit ?? 50, 500));
  const keys = queryKeys(q, opts.lang ?? 'en');
  return sql.begin(async (tx) => {
    // whole-key likeness a little stricter than pg_trgm's 0.3 (common short words made noise and cost);
    // likeness to a part of a term at pg_trgm's default
    await tx`select set_config('pg_trgm.similarity_threshold', '0.45', true), set_config('pg_trgm.word_similarity_threshold', '0.6', true)`;
    const filters = tx`c.deleted_at ${opts.deleted ? tx`is not null` : tx`is null`}
      ${opts.lang ? tx`and t.lang = ${opts.lang}` : tx``}
      ${opts.status ? tx`and t.status = ${opts.status}` : tx``}
      ${opts.subject ? tx`and c.subject_field = ${opts.subject}` : tx``}`;
    const rows: HitRow[] = [];
    if (keys.length === 0) {
      rows.push(...(await tx<HitRow[]>`
        select distinct on (c.id) c.id as concept_id, c.subject_field, t.lang, t.text, t.status, 0 as rank, 1::real as score
        from glossary_terms t join glossary_concepts c on c.id = t.concept_id
        where ${filters} order by c.id, t.position limit ${limit}`));
    }
    for (const n of keys.length > 0 ? ([1, 2, 3] as const) : []) {
      if (rows.length >= limit) break;
      // Likeness over common short words (the eye, بین با) reads thousands of rows for noise: it is
      // asked for when nothing matched literally, or for one word of 4+ letters (Quds, Hezbolah).
      if (n === 3 && rows.length > 0 && !(keys[0]!.length >= 4 && !keys[0]!.includes(' '))) break;
      const p = phase(tx, n, keys);
      if (!p) continue;
      const seen = rows.map((r) => r.concept_id);
      rows.push(...(await tx<HitRow[]>`
        select * from (
          select distinct on (t.concept_id) t.concept_id, c.subject_field, t.lang, t.text, t.status,
            ${p.rank} as rank, ${p.score}::real as score
          from glossary_terms t join glossary_concepts c on c.id = t.concept_id
          where (${p.where}) and ${filters} ${seen.length > 0 ? tx`and t.concept_id <> all(${seen}::text[])` : tx``}
          order by t.concept_id, 6, 7 desc, t.position
        ) h order by rank, score desc, concept_id limit ${limit - rows.length}`));
    }
    if (rows.length === 0) return [];
    return withTerms(tx, rows);
  });
}

async function withTerms(db: Db, rows: HitRow[]): Promise<ConceptHit[]> {
  const ids = rows.map((r) => r.concept_id);
  const terms = await db<TermRow[]>`
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
