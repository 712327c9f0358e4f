-- Working together: comments on segments and concepts, presence in a document, and a NOTIFY for every
-- change of a segment's text so that every app instance on this database can tell its editors.

-- A thread is a comment without a parent; replies point at the thread. Resolving is the thread's.
create table comments (
  id bigint generated always as identity primary key,
  -- exactly one target: a segment in one language, or a glossary concept
  segment_id bigint references segments (id) on delete cascade,
  lang text check (lang in ('en', 'ar', 'fa')),
  concept_id text references glossary_concepts (id) on delete cascade,
  parent_id bigint references comments (id) on delete cascade,
  body text not null check (length(body) between 1 and 5000),
  -- the users an @mention in the body named (resolved when written)
  mentions text[] not null default '{}',
  author text not null references users (id),
  created_at timestamptz not null default now(),
  resolved_at timestamptz,
  resolved_by text references users (id),
  check ((segment_id is not null and lang is not null and concept_id is null) or (segment_id is null and lang is null and concept_id is not null))
);
create index comments_segment on comments (segment_id, lang, id) where segment_id is not null;
create index comments_concept on comments (concept_id, id) where concept_id is not null;
create index comments_parent on comments (parent_id) where parent_id is not null;
create index comments_mentions on comments using gin (mentions);

-- One row per open editor tab (client): where it is and when it last said so. Rows older than the
-- TTL (lib/server/presence.ts) are ignored and swept.
create table presence (
  client_id text primary key check (length(client_id) between 8 and 64),
  document_id bigint not null references documents (id) on delete cascade,
  user_id text not null references users (id),
  segment_id bigint,
  lang text check (lang in ('en', 'ar', 'fa')),
  seen_at timestamptz not null default now()
);
create index presence_document on presence (document_id, seen_at);

-- Every committed change of a segment's source or of a translation notifies 'segment_changed' with
-- {documentId, segmentId, lang, version, author}. A trigger, so that every path that writes (save,
-- restore, XLIFF import, merge, split) is covered; NOTIFY is sent at commit and never for a rollback.
create function tarjuman_notify_translation() returns trigger language plpgsql as $$
begin
  perform pg_notify('segment_changed', json_build_object(
    'documentId', (select document_id from segments where id = new.segment_id),
    'segmentId', new.segment_id, 'lang', new.lang, 'version', new.version, 'author', new.updated_by)::text);
  return null;
end $$;

create function tarjuman_notify_source() returns trigger language plpgsql as $$
begin
  if new.version is distinct from old.version or new.text is distinct from old.text then
    perform pg_notify('segment_changed', json_build_object(
      'documentId', new.document_id, 'segmentId', new.id,
      'lang', (select source_lang from documents where id = new.document_id),
      'version', new.version, 'author', new.updated_by)::text);
  end if;
  return null;
end $$;

create trigger translations_notify after insert or update on translations
  for each row execute function tarjuman_notify_translation();
create trigger segments_notify after update on segments
  for each row execute function tarjuman_notify_source();
