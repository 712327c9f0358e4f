import type { PmNode, TranslationState } from '../documents/types';
import type { Lang } from '../text/lang';
import type { CandidatePlan } from '../tm/prefilter';
import type { CandidateUnit } from '../tm/rank';
import type { ExistingUnit } from '../tm/import-merge';
import type { UnitDraft } from '../tm/tmx-units';
import type { UnitLevel } from '../tm/types';
import { json, sql, type Db, type Tx } from './sql';

/** A unit as it is written: a draft (lib/tm/tmx-units.ts) in a memory. */
export type UnitInsert = UnitDraft & { memoryId: number; /** From a TMX file (migration 00014's unique pair). */ imported?: boolean };

/** A unit as lookup and concordance read it: what ranking reads (lib/tm/rank.ts), with its languages. */
export interface UnitRow extends CandidateUnit {
  sourceLang: Lang;
  targetLang: Lang;
}

const UNIT_COLUMNS = sql`u.id, u.memory_id as "memoryId", m.name as "memoryName", u.level, u.source_lang as "sourceLang",
  u.target_lang as "targetLang", u.source_text as "sourceText", u.target_text as "targetText", u.target_content as "targetContent",
  u.source_tags as "sourceTags", u.prev_key as "prevKey", u.next_key as "nextKey", u.document_id as "documentId",
  d.title as "documentTitle", u.segment_id as "segmentId", u.author, to_char(u.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "changedAt"`;
const UNIT_FROM = sql`tm_units u join tm_memories m on m.id = u.memory_id left join documents d on d.id = u.document_id`;

/** The memory of that name, created (of `kind`) when missing. */
export async function ensureMemory(db: Db, name: string, kind: 'project' | 'aligned' | 'imported', author: string): Promise<{ id: number; name: string }> {
  const [row] = await db<{ id: number; name: string }[]>`insert into tm_memories (name, kind, created_by) values (${name}, ${kind}, ${author})
    on conflict (name) do update set name = excluded.name returning id, name`;
  return row!;
}

export async function memoryByName(name: string, db: Db = sql): Promise<{ id: number; name: string } | null> {
  const [row] = await db<{ id: number; name: string }[]>`select id, name from tm_memories where name = ${name}`;
  return row ?? null;
}

/** Every memory with its unit count, in creation order. */
export async function listMemoryRows(): Promise<{ id: number; name: string; kind: 'project' | 'aligned' | 'imported'; units: number }[]> {
  return sql`select m.id, m.name, m.kind, (select count(*)::int from tm_units u where u.memory_id = m.id) as units from tm_memories m order by m.id`;
}

/** The memories a document reads in priority order (none chosen: every memory, the default first) and its threshold. */
export async function documentSettingRows(documentId: number, db: Db = sql): Promise<{ memories: { id: number; name: string }[]; chosen: boolean; threshold: number | null }> {
  const chosen = await db<{ id: number; name: string }[]>`select m.id, m.name from tm_document_memories dm join tm_memories m on m.id = dm.memory_id
    where dm.document_id = ${documentId} order by dm.priority, m.id`;
  const [s] = await db<{ threshold: number }[]>`select threshold from tm_document_settings where document_id = ${documentId}`;
  const memories = chosen.length > 0 ? chosen : await db<{ id: number; name: string }[]>`select id, name from tm_memories order by id`;
  return { memories: [...memories], chosen: chosen.length > 0, threshold: s?.threshold ?? null };
}

export async function writeDocumentSettings(tx: Tx, documentId: number, memoryIds: number[], threshold: number): Promise<void> {
  await tx`delete from tm_document_memories where document_id = ${documentId}`;
  for (const [i, id] of memoryIds.entries()) await tx`insert into tm_document_memories (document_id, memory_id, priority) values (${documentId}, ${id}, ${i})`;
  await tx`insert into tm_document_settings (document_id, threshold) values (${documentId}, ${threshold})
    on conflict (document_id) do update set threshold = excluded.threshold`;
}

const BATCH = 1000;

/** Writes units in batches of multi-row inserts (inside the caller's transaction). */
export async function insertUnits(tx: Tx | Db, units: readonly UnitInsert[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < units.length; i += BATCH) {
    const rows = units.slice(i, i + BATCH).map((u) => ({
      memory_id: u.memoryId,
      level: u.level,
      source_lang: u.sourceLang,
      target_lang: u.targetLang,
      source_text: u.sourceText,
      target_text: u.targetText,
      source_content: json(u.sourceContent ?? null),
      target_content: json(u.targetContent ?? null),
      source_tags: Math.min(u.sourceTags, 32767),
      source_key: u.sourceKey,
      target_key: u.targetKey,
      source_words: `{${u.sourceWords.join(',')}}`,
      source_bigrams: u.sourceBigrams === null ? null : `{${u.sourceBigrams.join(',')}}`,
      target_words: `{${u.targetWords.join(',')}}`,
      word_count: u.wordCount,
      exact_hash: u.exactHash,
      prev_key: u.prevKey,
      next_key: u.nextKey,
      document_id: u.documentId,
      segment_id: u.segmentId,
      sentence_index: u.sentenceIndex,
      tuid: u.tuid,
      props: json(u.props ?? null),
      author: u.author,
      created_at: u.createdAt ?? new Date().toISOString(),
      changed_at: u.changedAt ?? u.createdAt ?? new Date().toISOString(),
      imported: u.imported ?? false,
    }));
    const got = await tx<{ id: number }[]>`insert into tm_units ${sql(rows)} returning id`;
    for (const r of got) ids.push(r.id);
  }
  return ids;
}

/** Adds to the per-language word counts (sorted, so concurrent writers lock rows in one order). */
export async function addWordStats(tx: Tx | Db, lang: Lang, counts: Map<number, number>): Promise<void> {
  const words = [...counts.keys()].sort((a, b) => a - b);
  for (let i = 0; i < words.length; i += 5000) {
    const w = words.slice(i, i + 5000);
    const c = w.map((x) => counts.get(x)!);
    await tx`insert into tm_word_stats (lang, word, units) select ${lang}, * from unnest(${w}::int4[], ${c}::int4[])
      on conflict (lang, word) do update set units = tm_word_stats.units + excluded.units`;
  }
}

/** How many units hold each of these words (absent: 0). */
export async function wordFrequencies(lang: Lang, words: number[], db: Db = sql): Promise<Map<number, number>> {
  if (words.length === 0) return new Map();
  const rows = await db<{ word: number; units: number }[]>`select word, units from tm_word_stats where lang = ${lang} and word = any(${words}::int4[])`;
  return new Map(rows.map((r) => [r.word, r.units]));
}

interface PairScope {
  sourceLang: Lang;
  targetLang: Lang;
  memoryIds: number[] | null;
}

const inMemories = (ids: number[] | null) => (ids ? sql`and u.memory_id = any(${ids}::int8[])` : sql``);

/** Units whose source has exactly this word sequence (the exact index). */
export async function exactCandidates(scope: PairScope, exactHash: number, db: Db = sql): Promise<UnitRow[]> {
  return db<UnitRow[]>`select ${UNIT_COLUMNS} from ${UNIT_FROM}
    where u.source_lang = ${scope.sourceLang} and u.target_lang = ${scope.targetLang} and u.exact_hash = ${exactHash} ${inMemories(scope.memoryIds)}
    order by u.changed_at desc limit 50`;
}

/**
 * Fuzzy candidates through the word index (see candidatePlan and tm_fuzzy_candidates): units holding
 * two of the rare words, of a possible length, sharing enough of the query's words; the most shared
 * first. `seqscan` reads the table instead, with the same conditions (the benchmark's baseline).
 */
export async function fuzzyCandidates(scope: PairScope, plan: CandidatePlan, n: number, limit: number, db: Db = sql, seqscan = false): Promise<UnitRow[]> {
  if (!seqscan) {
    return db<UnitRow[]>`select ${UNIT_COLUMNS} from ${candidatesFn(plan.index)}(${plan.query}::query_int, ${plan.words}::int4[], ${scope.sourceLang}, ${scope.targetLang},
        ${plan.minWords}, ${plan.maxWords}, ${plan.minShared}, ${n}, ${limit}, ${scope.memoryIds}::int8[]) f
      join ${UNIT_FROM} on u.id = f.id order by f.shared desc, abs(u.word_count - ${n}), u.id desc`;
  }
  return (db as typeof sql).begin(async (tx) => {
    await tx`set local enable_indexscan = off`;
    await tx`set local enable_bitmapscan = off`;
    const keys = plan.index === 'bigrams' ? sql`u.source_bigrams` : sql`tm_word_keys(u.source_words, u.word_count, u.source_lang, u.target_lang)`;
    return tx<UnitRow[]>`select ${UNIT_COLUMNS} from ${UNIT_FROM}
      where ${keys} @@ ${plan.query}::query_int
        and u.source_lang = ${scope.sourceLang} and u.target_lang = ${scope.targetLang}
        and u.word_count between ${plan.minWords} and ${plan.maxWords} ${inMemories(scope.memoryIds)}
        and icount(u.source_words & ${plan.words}::int4[]) >= ${plan.minShared}
      order by icount(u.source_words & ${plan.words}::int4[]) desc, abs(u.word_count - ${n}), u.id desc
      limit ${limit}`;
  }) as Promise<UnitRow[]>;
}

const candidatesFn = (index: CandidatePlan['index']) => (index === 'bigrams' ? sql`tm_fuzzy_candidates_bigrams` : sql`tm_fuzzy_candidates`);

/** Whether every unit of the pair has its bigram keys (migration 00015), so lookups may use the bigram index. */
export async function bigramsComplete(scope: PairScope, db: Db = sql): Promise<boolean> {
  const [r] = await db<{ missing: boolean }[]>`select exists (select 1 from tm_units where source_lang = ${scope.sourceLang}
    and target_lang = ${scope.targetLang} and source_bigrams is null) as missing`;
  return !r!.missing;
}

/** Up to `limit` units without bigram keys (written before migration 00015): what computing them needs. */
export async function unitsWithoutBigrams(limit: number, db: Db = sql): Promise<{ id: number; sourceText: string; sourceLang: Lang; targetLang: Lang }[]> {
  return db`select id, source_text as "sourceText", source_lang as "sourceLang", target_lang as "targetLang" from tm_units
    where source_bigrams is null order by id limit ${limit}`;
}

/** Stores units' bigram keys (only where still missing: a unit rewritten meanwhile has its own). */
export async function writeBigrams(tx: Tx | Db, rows: readonly { id: number; bigrams: number[] }[]): Promise<number> {
  if (rows.length === 0) return 0;
  const got = await tx`update tm_units u set source_bigrams = n.b::int4[]
    from unnest(${rows.map((r) => r.id)}::int8[], ${rows.map((r) => `{${r.bigrams.join(',')}}`)}::text[]) as n(id, b)
    where u.id = n.id and u.source_bigrams is null`;
  return got.count;
}

/**
 * Fuzzy candidates of many sources in one statement (for each, the same rows in the same order as
 * fuzzyCandidates gives): the plans are passed as arrays and each runs as a lateral call.
 */
export async function fuzzyCandidatesMany(scope: PairScope, items: readonly { plan: CandidatePlan; n: number }[], limit: number, db: Db = sql): Promise<UnitRow[][]> {
  const out: UnitRow[][] = items.map(() => []);
  if (items.length === 0) return out;
  // Plans of both indexes in one statement: each branch passes its own items (their positions kept in i).
  const branch = (index: CandidatePlan['index']) => {
    const at = items.flatMap((c, i) => (c.plan.index === index ? [i] : []));
    const its = at.map((i) => items[i]!);
    return sql`select b.i::int as i, f.id, f.shared, b.n
      from unnest(${its.map((c) => c.plan.query)}::text[], ${its.map((c) => `{${c.plan.words.join(',')}}`)}::text[],
          ${its.map((c) => c.plan.minWords)}::int4[], ${its.map((c) => c.plan.maxWords)}::int4[], ${its.map((c) => c.plan.minShared)}::int4[],
          ${its.map((c) => c.n)}::int4[], ${at.map((i) => i + 1)}::int4[]) as b(q, w, min_words, max_words, min_shared, n, i)
        cross join lateral ${candidatesFn(index)}(b.q::query_int, b.w::int4[], ${scope.sourceLang}, ${scope.targetLang}, b.min_words, b.max_words,
          b.min_shared, b.n, ${limit}, ${scope.memoryIds}::int8[]) f`;
  };
  const kinds = new Set(items.map((c) => c.plan.index));
  const found = kinds.size > 1 ? sql`${branch('words')} union all ${branch('bigrams')}` : branch(items[0]!.plan.index);
  const rows = await db<(UnitRow & { i: number })[]>`select f.i, ${UNIT_COLUMNS}
    from (${found}) f
      join ${UNIT_FROM} on u.id = f.id
    order by f.i, f.shared desc, abs(u.word_count - f.n), u.id desc`;
  for (const r of rows) {
    const { i, ...unit } = r;
    out[i - 1]!.push(unit as UnitRow);
  }
  return out;
}

/**
 * Concordance candidates: units whose key in `lang` (source or target side) contains `fragment`
 * (trigram index), or, for a fragment under three letters, holds the word `word` (word index).
 */
export async function concordanceRows(lang: Lang, fragment: string, word: number | null, limit: number): Promise<(UnitRow & { side: 'source' | 'target' })[]> {
  const like = `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const short = [...fragment].length < 3 && word !== null;
  const src = short ? sql`u.source_words @> ${[word]}::int4[]` : sql`u.source_key like ${like}`;
  const tgt = short ? sql`u.target_words @> ${[word]}::int4[]` : sql`u.target_key like ${like}`;
  return sql<(UnitRow & { side: 'source' | 'target' })[]>`
    (select ${UNIT_COLUMNS}, 'source' as side from ${UNIT_FROM} where u.source_lang = ${lang} and ${src} order by u.changed_at desc limit ${limit})
    union all
    (select ${UNIT_COLUMNS}, 'target' as side from ${UNIT_FROM} where u.target_lang = ${lang} and ${tgt} order by u.changed_at desc limit ${limit})`;
}

/** Deletes one unit; whether it existed. */
export async function deleteUnitRow(id: number): Promise<boolean> {
  const rows = await sql`delete from tm_units where id = ${id} returning id`;
  return rows.length > 0;
}

/** A unit as TMX export reads it. */
export interface ExportRow {
  id: number;
  sourceText: string;
  targetText: string;
  sourceContent: unknown;
  targetContent: unknown;
  tuid: string | null;
  props: unknown;
  author: string;
  prevKey: string | null;
  nextKey: string | null;
  createdAt: string;
  changedAt: string;
}

/** Units of one language pair (one memory or all) in id order, read in chunks. */
export async function* exportRows(sourceLang: Lang, targetLang: Lang, memoryId: number | null): AsyncGenerator<ExportRow[]> {
  let after = 0;
  for (;;) {
    const rows = await sql<ExportRow[]>`select u.id, u.source_text as "sourceText", u.target_text as "targetText", u.source_content as "sourceContent",
        u.target_content as "targetContent", u.tuid, u.props, u.author, u.prev_key as "prevKey", u.next_key as "nextKey",
        to_char(u.created_at at time zone 'UTC', 'YYYYMMDD"T"HH24MISS"Z"') as "createdAt", to_char(u.changed_at at time zone 'UTC', 'YYYYMMDD"T"HH24MISS"Z"') as "changedAt"
      from tm_units u where u.source_lang = ${sourceLang} and u.target_lang = ${targetLang} and u.id > ${after}
        ${memoryId === null ? sql`` : sql`and u.memory_id = ${memoryId}`}
      order by u.id limit 2000`;
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
  }
}

/** What remembering a confirmed target needs: the segment's source, its neighbours' sources and the target. */
export interface ConfirmedSegment {
  documentId: number;
  sourceLang: Lang;
  sourceText: string;
  sourceContent: PmNode;
  prevText: string | null;
  nextText: string | null;
  targetText: string;
  targetContent: PmNode;
  state: TranslationState;
}

export async function confirmedSegment(segmentId: number, lang: Lang, db: Db = sql): Promise<ConfirmedSegment | null> {
  const [r] = await db<ConfirmedSegment[]>`
    select s.document_id as "documentId", d.source_lang as "sourceLang", s.text as "sourceText", s.content as "sourceContent",
      (select p.text from segments p where p.document_id = s.document_id and p.merged_into is null and p.position < s.position order by p.position desc limit 1) as "prevText",
      (select q.text from segments q where q.document_id = s.document_id and q.merged_into is null and q.position > s.position order by q.position limit 1) as "nextText",
      t.text as "targetText", t.content as "targetContent", t.state
    from segments s join documents d on d.id = s.document_id join translations t on t.segment_id = s.id and t.lang = ${lang}
    where s.id = ${segmentId} and s.merged_into is null`;
  return r ?? null;
}

/** Removes the units a segment's earlier confirmation left in `lang` (before writing the new ones). */
export async function deleteSegmentUnits(tx: Tx, segmentId: number, lang: Lang): Promise<void> {
  await tx`delete from tm_units where segment_id = ${segmentId} and target_lang = ${lang}`;
  await tx`update translations set tm_origin = null where segment_id = ${segmentId} and lang = ${lang} and tm_origin is not null`;
}

/** A segment of a document with its neighbours' sources and its target in `lang` (for analysis and pre-translation). */
export interface DocumentSegment {
  id: number;
  text: string;
  prevText: string | null;
  nextText: string | null;
  targetText: string | null;
  version: number | null;
}

export async function documentSegments(documentId: number, lang: Lang, db: Db = sql): Promise<DocumentSegment[]> {
  return db<DocumentSegment[]>`
    select s.id, s.text, lag(s.text) over w as "prevText", lead(s.text) over w as "nextText", t.text as "targetText", t.version
    from segments s left join translations t on t.segment_id = s.id and t.lang = ${lang}
    where s.document_id = ${documentId} and s.merged_into is null and not s.do_not_translate
    window w as (order by s.position) order by s.position`;
}

/** A target a pre-translation writes. */
export interface MemoryWrite {
  segmentId: number;
  lang: Lang;
  content: PmNode;
  text: string;
  state: TranslationState;
  origin: unknown;
  author: string;
}

/**
 * Writes pre-translated targets where they are still empty (rows locked first, so a save racing the
 * pre-translation wins), with their revisions, in three statements; returns the segment ids written.
 */
export async function writeFromMemory(tx: Tx, writes: readonly MemoryWrite[]): Promise<number[]> {
  if (writes.length === 0) return [];
  const lang = writes[0]!.lang;
  const ids = writes.map((w) => w.segmentId);
  await tx`select id from segments where id = any(${ids}::int8[]) order by id for update`;
  const current = await tx<{ segmentId: number; text: string; version: number; state: TranslationState; content: PmNode }[]>`
    select segment_id as "segmentId", text, version, state, content from translations where segment_id = any(${ids}::int8[]) and lang = ${lang}`;
  const cur = new Map(current.map((c) => [c.segmentId, c]));
  const todo = writes.filter((w) => (cur.get(w.segmentId)?.text ?? '').trim() === '');
  for (let i = 0; i < todo.length; i += 1000) {
    const batch = todo.slice(i, i + 1000);
    const rows = batch.map((w) => ({
      segment_id: w.segmentId, lang: w.lang, content: json(w.content), text: w.text, state: w.state,
      version: (cur.get(w.segmentId)?.version ?? 0) + 1, updated_by: w.author, tm_origin: json(w.origin),
    }));
    await tx`insert into translations ${tx(rows as never, 'segment_id', 'lang', 'content', 'text', 'state', 'version', 'updated_by', 'tm_origin')}
      on conflict (segment_id, lang) do update set content = excluded.content, text = excluded.text, state = excluded.state,
        version = excluded.version, updated_at = now(), updated_by = excluded.updated_by, tm_origin = excluded.tm_origin`;
    const revs = batch.map((w) => {
      const c = cur.get(w.segmentId);
      return {
        segment_id: w.segmentId, lang: w.lang, action: 'import', base_version: c?.version ?? 0, version: (c?.version ?? 0) + 1,
        before_content: json(c?.content ?? null), before_text: c?.text ?? null, before_state: c?.state ?? null,
        after_content: json(w.content), after_text: w.text, after_state: w.state, author: w.author,
      };
    });
    await tx`insert into revisions ${tx(revs as never, 'segment_id', 'lang', 'action', 'base_version', 'version', 'before_content', 'before_text', 'before_state', 'after_content', 'after_text', 'after_state', 'author')}`;
  }
  return todo.map((w) => w.segmentId);
}

/** The memory's size on disk (table, indexes and TOAST), in bytes. */
export async function memorySizeBytes(): Promise<number> {
  const [r] = await sql<{ bytes: number }[]>`select (pg_total_relation_size('tm_units') + pg_total_relation_size('tm_word_stats'))::int8 as bytes`;
  return Number(r!.bytes);
}

/** A live segment with its document, source language, content and neighbours' sources; null when unknown or merged. */
export async function segmentWithNeighbours(segmentId: number, db: Db = sql): Promise<{ documentId: number; sourceLang: Lang; text: string; content: PmNode; prevText: string | null; nextText: string | null } | null> {
  const [r] = await db<{ documentId: number; sourceLang: Lang; text: string; content: PmNode; prevText: string | null; nextText: string | null }[]>`
    select s.document_id as "documentId", d.source_lang as "sourceLang", s.text, s.content,
      (select p.text from segments p where p.document_id = s.document_id and p.merged_into is null and p.position < s.position order by p.position desc limit 1) as "prevText",
      (select q.text from segments q where q.document_id = s.document_id and q.merged_into is null and q.position > s.position order by q.position limit 1) as "nextText"
    from segments s join documents d on d.id = s.document_id where s.id = ${segmentId} and s.merged_into is null`;
  return r ?? null;
}

/** Units of many exact-sequence hashes at once (pre-translation reads a whole document in one query). */
export async function exactCandidatesMany(scope: PairScope, hashes: number[], db: Db = sql): Promise<(UnitRow & { exactHash: number })[]> {
  if (hashes.length === 0) return [];
  return db<(UnitRow & { exactHash: number })[]>`select ${UNIT_COLUMNS}, u.exact_hash as "exactHash" from ${UNIT_FROM}
    where u.source_lang = ${scope.sourceLang} and u.target_lang = ${scope.targetLang} and u.exact_hash = any(${hashes}::int8[]) ${inMemories(scope.memoryIds)}`;
}

export type { PairScope };

/** A document's source language and title; null when unknown. */
export async function documentHead(documentId: number, db: Db = sql): Promise<{ sourceLang: Lang; title: string } | null> {
  const [r] = await db<{ sourceLang: Lang; title: string }[]>`select source_lang as "sourceLang", title from documents where id = ${documentId}`;
  return r ?? null;
}

const COPY_COLUMNS = [
  'memory_id', 'level', 'source_lang', 'target_lang', 'source_text', 'target_text', 'source_content', 'target_content', 'source_tags',
  'source_key', 'target_key', 'source_words', 'source_bigrams', 'target_words', 'word_count', 'exact_hash', 'prev_key', 'next_key', 'document_id',
  'segment_id', 'sentence_index', 'tuid', 'props', 'author', 'created_at', 'changed_at', 'imported',
] as const;

// COPY's text format: backslash, tab, newline and carriage return escaped; \N is null.
const copyText = (s: string | null) => (s === null ? '\\N' : s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')));
const copyJson = (v: unknown) => (v === null || v === undefined ? '\\N' : copyText(JSON.stringify(v)));
const copyNum = (v: number | null) => (v === null ? '\\N' : String(v));

function copyLine(u: UnitInsert): string {
  const now = new Date().toISOString();
  return [
    copyNum(u.memoryId), u.level, u.sourceLang, u.targetLang, copyText(u.sourceText), copyText(u.targetText), copyJson(u.sourceContent), copyJson(u.targetContent),
    copyNum(Math.min(u.sourceTags, 32767)), copyText(u.sourceKey), copyText(u.targetKey), `{${u.sourceWords.join(',')}}`,
    u.sourceBigrams === null ? '\\N' : `{${u.sourceBigrams.join(',')}}`, `{${u.targetWords.join(',')}}`, copyNum(u.wordCount),
    copyNum(u.exactHash), copyText(u.prevKey), copyText(u.nextKey), copyNum(u.documentId), copyNum(u.segmentId), copyNum(u.sentenceIndex), copyText(u.tuid),
    copyJson(u.props), copyText(u.author), u.createdAt ?? now, u.changedAt ?? u.createdAt ?? now, u.imported ? 't' : 'f',
  ].join('\t');
}

/**
 * Streams units through COPY (in the caller's transaction when given one): the bulk path of TMX
 * imports and of the benchmark's million units, several times faster than inserts. Rows must be valid:
 * postgres.js never settles a COPY the server refuses after its last chunk (its stream loses the error),
 * so a refused row would hang the transaction; source_tags is clamped to its smallint for that reason.
 */
export async function copyUnits(units: Iterable<UnitInsert>, db: Db | Tx = sql): Promise<void> {
  const { Readable } = await import('node:stream');
  const { pipeline } = await import('node:stream/promises');
  const lines = function* () {
    let chunk = '';
    for (const u of units) {
      chunk += `${copyLine(u)}\n`;
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  };
  const target = await (db as typeof sql)`copy tm_units (${sql.unsafe(COPY_COLUMNS.join(', '))}) from stdin`.writable();
  await pipeline(Readable.from(lines()), target);
}

/** Serializes imports into one memory until the transaction ends (the second import sees the first's units). */
export async function lockMemoryImports(tx: Tx, memoryId: number): Promise<void> {
  await tx`select pg_advisory_xact_lock(${IMPORT_LOCK}, ${memoryId}::int4)`;
}

// The advisory-lock class of TMX imports (any constant our other locks do not use).
const IMPORT_LOCK = 14_001;

/**
 * Units of a memory an import may meet (lib/tm/import-merge.ts): those with one of the incoming
 * exact hashes (then compared on their keys), imported ones with the same pair and keys, and
 * imported ones with one of the incoming tuids.
 */
export async function importCandidates(tx: Tx, memoryId: number, units: readonly UnitDraft[]): Promise<ExistingUnit[]> {
  if (units.length === 0) return [];
  const sl = units.map((u) => u.sourceLang);
  const tl = units.map((u) => u.targetLang);
  const hashes = units.map((u) => u.exactHash);
  const keys = units.map((u) => `${u.sourceKey}\n${u.targetKey}`);
  const tuids = [...new Set(units.flatMap((u) => (u.tuid === null ? [] : [u.tuid])))];
  const cols = sql`u.id, u.source_lang as "sourceLang", u.target_lang as "targetLang", u.source_key as "sourceKey", u.target_key as "targetKey", u.tuid,
    u.imported, to_char(u.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "changedAt"`;
  return tx<ExistingUnit[]>`
    select ${cols} from tm_units u join (select distinct * from unnest(${sl}::text[], ${tl}::text[], ${hashes}::int8[]) as q(s, t, h)) q
      on u.source_lang = q.s and u.target_lang = q.t and u.exact_hash = q.h
    where u.memory_id = ${memoryId}
    union
    select ${cols} from tm_units u join (select distinct * from unnest(${sl}::text[], ${tl}::text[], ${keys}::text[]) as q(s, t, k)) q
      on u.source_lang = q.s and u.target_lang = q.t and md5(u.source_key || E'\n' || u.target_key) = md5(q.k)
    where u.memory_id = ${memoryId} and u.imported
    union
    select ${cols} from tm_units u where u.memory_id = ${memoryId} and u.imported and u.tuid = any(${tuids}::text[])`;
}

/**
 * Rewrites imported units from newer copies of them (texts, keys, context, TMX props, author, dates),
 * each only when something differs; returns the ids written.
 */
export async function updateImportedUnits(tx: Tx, updates: readonly { id: number; unit: UnitDraft }[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < updates.length; i += BATCH) {
    const rows = updates.slice(i, i + BATCH).map(({ id, unit: u }) => ({
      id, source_text: u.sourceText, target_text: u.targetText, source_content: u.sourceContent, target_content: u.targetContent,
      source_tags: Math.min(u.sourceTags, 32767), source_key: u.sourceKey, target_key: u.targetKey, source_words: u.sourceWords, source_bigrams: u.sourceBigrams, target_words: u.targetWords,
      word_count: u.wordCount, exact_hash: u.exactHash, prev_key: u.prevKey, next_key: u.nextKey, tuid: u.tuid, props: u.props ?? null,
      author: u.author, created_at: u.createdAt, changed_at: u.changedAt,
    }));
    const got = await tx<{ id: number }[]>`
      update tm_units u set source_text = n.source_text, target_text = n.target_text, source_content = n.source_content, target_content = n.target_content,
        source_tags = n.source_tags, source_key = n.source_key, target_key = n.target_key, source_words = n.source_words, source_bigrams = n.source_bigrams, target_words = n.target_words,
        word_count = n.word_count, exact_hash = n.exact_hash, prev_key = n.prev_key, next_key = n.next_key, tuid = n.tuid, props = n.props,
        author = n.author, created_at = coalesce(n.created_at, u.created_at), changed_at = coalesce(n.changed_at, now())
      from jsonb_to_recordset(${json(rows)}) as n(id int8, source_text text, target_text text, source_content jsonb, target_content jsonb,
        source_tags int2, source_key text, target_key text, source_words int4[], source_bigrams int4[], target_words int4[], word_count int4, exact_hash int8,
        prev_key text, next_key text, tuid text, props jsonb, author text, created_at timestamptz, changed_at timestamptz)
      where u.id = n.id and (
        (u.source_text, u.target_text, u.source_content, u.target_content, u.prev_key, u.next_key, u.tuid, u.props, u.author)
          is distinct from (n.source_text, n.target_text, n.source_content, n.target_content, n.prev_key, n.next_key, n.tuid, n.props, n.author)
        or n.changed_at > u.changed_at)
      returning u.id`;
    for (const r of got) ids.push(r.id);
  }
  return ids;
}
