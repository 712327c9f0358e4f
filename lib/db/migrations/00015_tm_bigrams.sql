-- Word bigrams of a unit's source for the fuzzy pre-filter of longer queries (issue 13, speed; see
-- lib/tm/prefilter.ts bigramPlan): a unit scoring at least t lacks at most k of the query's distinct
-- bigrams, so of the k+2 rarest it holds two; bigrams of common words have short posting lists where
-- the words' are long. The keys are computed by lib/tm/tokens.ts (bigramKeys, salted by language pair)
-- when a unit is written; units written before this migration have none (null) until filled
-- (lib/db/tm.ts fillBigrams), and while a pair has such units its lookups use the word index alone.
alter table tm_units add column source_bigrams int4[];
create index tm_units_bigrams on tm_units using gin (source_bigrams gin__int_ops) with (fastupdate = off);
create index tm_units_bigrams_missing on tm_units (source_lang, target_lang) where source_bigrams is null;

-- tm_fuzzy_candidates with the bigram index deciding (the same checks on the rows found).
create function tm_fuzzy_candidates_bigrams(q query_int, words int4[], src text, tgt text, min_words integer, max_words integer,
    min_shared integer, n integer, lim integer, memories int8[])
  returns table (id bigint, shared integer)
  language sql stable
  rows 50
  set jit = off
  set max_parallel_workers_per_gather = 0
  as $$
    with c as materialized (
      select u.id, u.source_words, u.word_count, u.memory_id, u.source_lang, u.target_lang from tm_units u
      where u.source_bigrams @@ q
    )
    select c.id, icount(c.source_words & words) as shared from c
    where c.source_lang = src and c.target_lang = tgt and c.word_count between min_words and max_words
      and (memories is null or c.memory_id = any(memories)) and icount(c.source_words & words) >= min_shared
    order by shared desc, abs(c.word_count - n), c.id desc
    limit lim
  $$;

-- A call returns at most its limit (50 when one match is asked, 200 for five), not the 1,000 rows the
-- planner assumes of a set-returning function. With that guess, a document's batch statements were
-- slow the first time (the first executions of a prepared statement are planned for their values) and
-- fast when run again: at a million units, the bench's analysis took 7.4 s and the same again 2.9 s;
-- with the estimate, 3.2 s the first time.
alter function tm_fuzzy_candidates(query_int, int4[], text, text, integer, integer, integer, integer, integer, int8[]) rows 50;
