-- Glossary search by phases: exact and prefix hits from btree ranges, likeness from the trigram index.
-- Written to also repair a database that ran an early draft of 00002 (no skeleton, unique key).
alter table glossary_terms add column if not exists skeleton text not null default '';
alter table glossary_terms drop constraint if exists glossary_terms_concept_id_lang_key_key;
do $$ begin
  if not exists (select 1 from pg_constraint where conname = 'glossary_terms_concept_id_lang_text_key') then
    alter table glossary_terms add constraint glossary_terms_concept_id_lang_text_key unique (concept_id, lang, text);
  end if;
end $$;
drop index if exists glossary_terms_search_trgm;
create index glossary_terms_search_trgm on glossary_terms using gin (search_key gin_trgm_ops, skeleton gin_trgm_ops);
-- prefix ranges (key >= q and key < q + U+10FFFF) stay index scans with bound parameters, unlike LIKE
create index if not exists glossary_terms_skeleton on glossary_terms (skeleton collate "C");
drop index if exists glossary_terms_search_exact;
create index glossary_terms_search_exact on glossary_terms (search_key collate "C");
-- Latin terms stored before skeletons existed get them when the house file is next loaded.
update glossary_concepts c set seed_hash = null
  where exists (select 1 from glossary_terms t where t.concept_id = c.id and t.lang = 'en' and t.skeleton = '');
