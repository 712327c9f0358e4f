-- QA acceptances, per-edition house style and the publication log.

-- A finding an editor keeps on purpose. finding_key is lib/qa findingKey(): check, unit and the params
-- that identify the finding (never offsets). Un-accepting sets revoked_*; the row stays as history.
create table qa_acceptances (
  id bigint generated always as identity primary key,
  document_id bigint not null references documents (id) on delete cascade,
  lang text not null check (lang in ('en', 'ar', 'fa')),
  finding_key text not null check (length(finding_key) between 1 and 4000),
  check_id text not null,
  unit_id text not null,
  params jsonb not null default '{}',
  severity text not null check (severity in ('error', 'warning')),
  reason text not null check (length(btrim(reason)) between 1 and 2000),
  accepted_by text not null default 'local' references users (id),
  accepted_at timestamptz not null default now(),
  revoked_by text references users (id),
  revoked_at timestamptz,
  check ((revoked_by is null) = (revoked_at is null))
);
create unique index qa_acceptances_live on qa_acceptances (document_id, lang, finding_key) where revoked_at is null;
create index qa_acceptances_document on qa_acceptances (document_id, lang, id);

-- The house style chosen for a document's edition in one language (overrides of the defaults).
create table edition_settings (
  document_id bigint not null references documents (id) on delete cascade,
  lang text not null check (lang in ('en', 'ar', 'fa')),
  house_style jsonb not null default '{}',
  updated_by text not null default 'local' references users (id),
  updated_at timestamptz not null default now(),
  primary key (document_id, lang)
);

-- Every publication of an edition: who, when, with which style, the edition as published, and the
-- QA state at that moment. Open errors require an override reason (the publishing gate).
create table publications (
  id bigint generated always as identity primary key,
  document_id bigint not null references documents (id) on delete cascade,
  lang text not null check (lang in ('en', 'ar', 'fa')),
  house_style jsonb not null,
  edition jsonb not null,
  open_errors integer not null check (open_errors >= 0),
  open_warnings integer not null check (open_warnings >= 0),
  override_reason text check (override_reason is null or length(btrim(override_reason)) between 1 and 2000),
  published_by text not null default 'local' references users (id),
  published_at timestamptz not null default now(),
  check (open_errors = 0 or override_reason is not null)
);
create index publications_document on publications (document_id, lang, id);
