-- Foundation: users, documents, segments, translations and the revision log.
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists fuzzystrmatch;

create table users (
  id text primary key,
  name text not null,
  role text not null default 'translator' check (role in ('translator', 'editor', 'publisher')),
  created_at timestamptz not null default now()
);
-- Until accounts exist every save is made by this local user.
insert into users (id, name, role) values ('local', 'Local user', 'editor');

create table documents (
  id bigint generated always as identity primary key,
  title text not null check (length(title) > 0),
  authors text[] not null default '{}',
  published_on date,
  source_url text,
  source_lang text not null default 'en' check (source_lang in ('en', 'ar', 'fa')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table segments (
  id bigint generated always as identity primary key,
  document_id bigint not null references documents (id) on delete cascade,
  position integer not null,
  kind text not null check (kind in ('heading', 'paragraph', 'quote', 'caption', 'byline', 'date', 'list-item')),
  content jsonb not null,
  text text not null,
  do_not_translate boolean not null default false,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by text not null default 'local' references users (id),
  -- a segment folded into its neighbour is kept, not deleted, so its text is never lost
  merged_into bigint references segments (id),
  unique (document_id, position) deferrable initially deferred
);
create index segments_document on segments (document_id, position);

create table translations (
  segment_id bigint not null references segments (id) on delete cascade,
  lang text not null check (lang in ('en', 'ar', 'fa')),
  content jsonb not null,
  text text not null default '',
  state text not null default 'initial' check (state in ('initial', 'translated', 'reviewed', 'final')),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by text not null default 'local' references users (id),
  primary key (segment_id, lang)
);

-- Every save, refused conflict, split and merge leaves a row: nothing a user typed is lost.
create table revisions (
  id bigint generated always as identity primary key,
  segment_id bigint not null references segments (id) on delete cascade,
  lang text not null check (lang in ('en', 'ar', 'fa')),
  action text not null check (action in ('save', 'conflict', 'split', 'merge', 'import', 'restore')),
  base_version integer,
  version integer,
  before_content jsonb,
  before_text text,
  before_state text,
  after_content jsonb,
  after_text text,
  after_state text,
  author text not null default 'local' references users (id),
  created_at timestamptz not null default now()
);
create index revisions_segment on revisions (segment_id, lang, id);
