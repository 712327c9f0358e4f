-- Translation memory (issue 13): named memories, the memories each document reads in priority order,
-- and units (a confirmed paragraph, its sentence pairs, aligned pairs, TMX units) with their keys.
create extension if not exists intarray;

create table tm_memories (
  id bigint generated always as identity primary key,
  name text not null unique check (length(name) between 1 and 200),
  kind text not null default 'project' check (kind in ('project', 'aligned', 'imported')),
  created_by text not null default 'local',
  created_at timestamptz not null default now()
);
-- Confirmations of documents that chose no memory go here.
insert into tm_memories (name, kind) values ('Tarjuman', 'project');

create table tm_document_memories (
  document_id bigint not null references documents (id) on delete cascade,
  memory_id bigint not null references tm_memories (id) on delete cascade,
  priority integer not null,
  primary key (document_id, memory_id)
);

create table tm_document_settings (
  document_id bigint primary key references documents (id) on delete cascade,
  threshold smallint not null default 70 check (threshold between 50 and 99)
);

create table tm_units (
  id bigint generated always as identity primary key,
  memory_id bigint not null references tm_memories (id) on delete cascade,
  level text not null default 'sentence' check (level in ('paragraph', 'sentence')),
  source_lang text not null check (source_lang in ('en', 'ar', 'fa')),
  target_lang text not null check (target_lang in ('en', 'ar', 'fa') and target_lang <> source_lang),
  source_text text not null,
  target_text text not null,
  -- Tiptap JSON when the unit came from the editor; TMX segments' inline markup when imported
  source_content jsonb,
  target_content jsonb,
  source_tags smallint not null default 0,
  -- lib/text keys: the folded text (concordance), distinct word hashes, word count, hash of the word sequence (exact)
  source_key text not null,
  target_key text not null,
  source_words int4[] not null,
  target_words int4[] not null,
  word_count integer not null,
  exact_hash bigint not null,
  -- keys of the neighbouring sources where the unit was confirmed (context matches)
  prev_key text,
  next_key text,
  document_id bigint references documents (id) on delete set null,
  segment_id bigint references segments (id) on delete set null,
  sentence_index integer,
  tuid text,
  -- TMX attributes, props and notes kept for export
  props jsonb,
  author text not null,
  created_at timestamptz not null default now(),
  changed_at timestamptz not null default now()
);

-- The index keys of a unit (lib/tm/tokens.ts indexKeys): each word's hash with the language pair
-- flipped into the high bits, so a lookup reads only its own pair's postings; a unit of at most six
-- words also carries each word flagged with its word count, so short queries read short units only.
create function tm_word_keys(words int4[], n integer, s text, t text) returns int4[]
  language sql immutable parallel safe strict
  as $$
    with p as (select (case s || '>' || t when 'en>ar' then 0 when 'en>fa' then 1 when 'ar>en' then 2
      when 'ar>fa' then 3 when 'fa>en' then 4 else 5 end) << 26 as salt)
    select coalesce(array_agg(k), '{}') from (
      select w # p.salt as k from p, unnest(words) as w
      union all
      select ((w # p.salt # (1 << 29)) & ~7) | n from p, unnest(words) as w where n between 1 and 6
    ) as keys
  $$;

create index tm_units_exact on tm_units (source_lang, target_lang, exact_hash);
create index tm_units_words on tm_units using gin (tm_word_keys(source_words, word_count, source_lang, target_lang) gin__int_ops);
create index tm_units_source_words on tm_units using gin (source_words gin__int_ops);
create index tm_units_target_words on tm_units using gin (target_words gin__int_ops);
create index tm_units_source_trgm on tm_units using gin (source_key gin_trgm_ops);
create index tm_units_target_trgm on tm_units using gin (target_key gin_trgm_ops);
create index tm_units_segment on tm_units (segment_id, target_lang) where segment_id is not null;
create index tm_units_memory on tm_units (memory_id, source_lang, target_lang, id);

-- Fuzzy candidates (lib/db/tm.ts fuzzyCandidates): units holding two of the query's rare words (the
-- GIN index alone decides, through an intarray query; materialized so no other index is combined with
-- it), then the pair, memories, word count and shared words checked on those rows. JIT and parallel
-- workers cost more than such a lookup takes, so they are off while it runs.
create function tm_fuzzy_candidates(q query_int, words int4[], src text, tgt text, min_words integer, max_words integer,
    min_shared integer, n integer, lim integer, memories int8[])
  returns table (id bigint, shared integer)
  language sql stable
  set jit = off
  set max_parallel_workers_per_gather = 0
  as $$
    with c as materialized (
      select u.id, u.source_words, u.word_count, u.memory_id, u.source_lang, u.target_lang from tm_units u
      where tm_word_keys(u.source_words, u.word_count, u.source_lang, u.target_lang) @@ q
    )
    select c.id, icount(c.source_words & words) as shared from c
    where c.source_lang = src and c.target_lang = tgt and c.word_count between min_words and max_words
      and (memories is null or c.memory_id = any(memories)) and icount(c.source_words & words) >= min_shared
    order by shared desc, abs(c.word_count - n), c.id desc
    limit lim
  $$;

-- How many units hold each word (per language): the lookup reads the rarest words' postings first.
-- Counts only grow (a rewritten unit adds again): they rank words, nothing else relies on them.
create table tm_word_stats (
  lang text not null,
  word int4 not null,
  units integer not null,
  primary key (lang, word)
);

-- A target filled from the memory: {unitId, score, memory}; cleared when the target is confirmed.
alter table translations add column tm_origin jsonb;
