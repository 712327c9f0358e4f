-- The shared glossary: concepts (as in TBX) with their terms in en/ar/fa, and a history of every change.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- Loads from glossary/house.tbx are made by this user, so the history tells them from people's edits.
insert into users (id, name, role) values ('system', 'Tarjuman', 'editor') on conflict (id) do nothing;

create table glossary_concepts (
  id text primary key check (length(id) between 1 and 200 and id !~ '\s'),
  subject_field text,
  definitions jsonb not null default '{}',  -- {"en": "...", "ar": "...", "fa": "..."}
  notes jsonb not null default '{}',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  created_by text not null default 'local' references users (id),
  updated_at timestamptz not null default now(),
  updated_by text not null default 'local' references users (id),
  deleted_at timestamptz,
  deleted_by text references users (id),
  -- hash of the concept as last loaded from the house file: an unchanged file never overwrites edits
  seed_hash text
);
create index glossary_concepts_subject on glossary_concepts (subject_field) where deleted_at is null;

create table glossary_terms (
  id bigint generated always as identity primary key,
  concept_id text not null references glossary_concepts (id) on delete cascade,
  position smallint not null,
  lang text not null check (lang in ('en', 'ar', 'fa')),
  text text not null check (length(btrim(text)) between 1 and 500),
  status text not null check (status in ('preferred', 'admitted', 'deprecated', 'forbidden')),
  type text check (type in ('fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'transliteration')),
  part_of_speech text,
  usage_note text,
  source text,
  -- termKey(text, lang) from lib/terms: the matcher's normalized key (folded letters, no diacritics)
  key text not null,
  -- key with the Arabic article taken off every word, so المقاومة and مقاومة meet (see glossary-keys.ts)
  search_key text not null,
  -- consonant skeleton of Latin words (qods force -> qds frc), so transliterations meet: Quds, Qods
  skeleton text not null default '',
  unique (concept_id, lang, text)
);
create index glossary_terms_concept on glossary_terms (concept_id, position);
create index glossary_terms_search_trgm on glossary_terms using gin (search_key gin_trgm_ops, skeleton gin_trgm_ops);
create index glossary_terms_search_exact on glossary_terms (search_key);

-- unaccent() is only stable (its dictionary could change); this wrapper pins it so it can be indexed.
create function glossary_unaccent(value text) returns text
  language sql immutable parallel safe strict
  return public.unaccent('public.unaccent'::regdictionary, value);
-- Latin display text folded as users type it (Qāsem, QASEM): exact and prefix lookups of English terms.
create index glossary_terms_latin on glossary_terms (lower(glossary_unaccent(text)) text_pattern_ops) where lang = 'en';

create table glossary_history (
  id bigint generated always as identity primary key,
  concept_id text not null references glossary_concepts (id) on delete cascade,
  action text not null check (action in ('create', 'update', 'delete', 'restore', 'import', 'conflict')),
  version integer,
  before jsonb,
  after jsonb,
  author text not null default 'local' references users (id),
  created_at timestamptz not null default now()
);
create index glossary_history_concept on glossary_history (concept_id, id);

-- Bumped by every glossary write in the same transaction: caches of the matcher index compare it.
create table glossary_state (
  id boolean primary key default true check (id),
  generation bigint not null default 0
);
insert into glossary_state default values;
