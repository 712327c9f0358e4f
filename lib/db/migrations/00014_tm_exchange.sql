-- TMX imports without duplicates (issue 13). A unit that came from a TMX file is marked `imported`;
-- one memory holds at most one imported unit per language pair, source and target (their normalized
-- keys), so importing a file twice, or two overlapping files, or two imports at once, never adds a
-- unit twice. Units confirmed in the editor or kept from an alignment are not covered: the same pair
-- confirmed in two documents is two units with their own origin and context.
alter table tm_units add column imported boolean not null default false;

-- Units imported before this migration carry their TMX unit in props (lib/tm/tmx-units.ts StoredTmx).
update tm_units set imported = true where segment_id is null and props ? 'tu';

-- Re-imports made before this migration left copies: keep the newest of each.
delete from tm_units where id in (
  select id from (
    select id, row_number() over (
      partition by memory_id, source_lang, target_lang, md5(source_key || E'\n' || target_key)
      order by changed_at desc, id desc) as n
    from tm_units where imported
  ) d where d.n > 1
);

-- Keys are lib/text's normalizeKey, which folds every line break into a space: '\n' cannot occur in one.
create unique index tm_units_imported_pair on tm_units (memory_id, source_lang, target_lang, md5(source_key || E'\n' || target_key)) where imported;
-- A TMX tuid names a unit within its memory (a re-import with a changed target updates it).
create index tm_units_tuid on tm_units (memory_id, tuid) where tuid is not null;
