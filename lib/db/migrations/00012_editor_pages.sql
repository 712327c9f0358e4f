-- Find and replace: a replace-all leaves one revision per changed segment with the action 'replace'.
-- The action list is widened, not rewritten: the values the check allows when this runs (other
-- migrations may have added some) are kept, and 'replace' is added.
do $$
declare
  def text;
  vals text[];
begin
  select pg_get_constraintdef(c.oid) into def from pg_constraint c
    where c.conrelid = 'revisions'::regclass and c.contype = 'c' and pg_get_constraintdef(c.oid) like '%action%'
    limit 1;
  select coalesce(array_agg(distinct m[1]), '{}') into vals from regexp_matches(coalesce(def, ''), '''([a-z_-]+)''', 'g') as m;
  if not ('replace' = any (vals)) then
    vals := vals || array['save', 'conflict', 'split', 'merge', 'import', 'restore', 'replace'];
    select array_agg(distinct v order by v) into vals from unnest(vals) as v;
    execute (select 'alter table revisions drop constraint ' || quote_ident(c.conname) from pg_constraint c
      where c.conrelid = 'revisions'::regclass and c.contype = 'c' and pg_get_constraintdef(c.oid) like '%action%' limit 1);
    execute 'alter table revisions add constraint revisions_action_check check (action = any (' || quote_literal(vals::text) || '::text[]))';
  end if;
end $$;

-- Glossary search: Arabic-script terms are also found with their spaces left out (a Farsi ZWNJ is
-- stored as a space in search_key; people type حزبالله for حزب‌الله). Prefix ranges over this expression.
create index if not exists glossary_terms_search_compact on glossary_terms ((replace(search_key, ' ', '')) collate "C");
