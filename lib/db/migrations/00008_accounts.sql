-- Accounts (issue 12): sign-in with email and password, sessions, rate-limited attempts, per-document
-- assignments, the review comment of a revision, glossary proposals and an audit log.

-- Users without an email ('local', 'system': authors of earlier rows) cannot sign in.
alter table users
  add column email text check (email is null or (length(email) between 3 and 320 and email = lower(email))),
  add column password_hash text,
  add column disabled boolean not null default false;
create unique index users_email on users (email) where email is not null;

-- Only the SHA-256 of a token is stored: a copy of this table signs nobody in. The token before the last
-- rotation stays good for a short grace, so requests already on their way with it are not refused.
create table sessions (
  id bigint generated always as identity primary key,
  user_id text not null references users (id) on delete cascade,
  token_hash text not null unique,
  previous_hash text,
  created_at timestamptz not null default now(),
  rotated_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_previous on sessions (previous_hash) where previous_hash is not null;
create index sessions_user on sessions (user_id);

-- Every sign-in attempt, so limits per account and per address hold across app instances.
create table sign_in_attempts (
  id bigint generated always as identity primary key,
  email text not null,
  address text not null,
  succeeded boolean not null,
  at timestamptz not null default now()
);
create index sign_in_attempts_email on sign_in_attempts (email, at);
create index sign_in_attempts_address on sign_in_attempts (address, at);

-- Which translator and which editor work on which language of a document.
create table document_assignments (
  document_id bigint not null references documents (id) on delete cascade,
  lang text not null check (lang in ('en', 'ar', 'fa')),
  role text not null check (role in ('translator', 'editor')),
  user_id text not null references users (id),
  assigned_by text not null references users (id),
  assigned_at timestamptz not null default now(),
  primary key (document_id, lang, role)
);

-- An editor sending a segment back says why; the comment stays on the revision row of that change.
alter table revisions add column comment text check (comment is null or length(comment) <= 2000);

-- A translator's glossary entry waits here for an editor: a new concept or a change to one.
create table glossary_proposals (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('create', 'update')),
  concept_id text,
  base_version integer,
  concept jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
  proposed_by text not null references users (id),
  proposed_at timestamptz not null default now(),
  decided_by text references users (id),
  decided_at timestamptz,
  reason text check (reason is null or length(reason) <= 2000)
);
create index glossary_proposals_pending on glossary_proposals (proposed_at) where status = 'pending';

-- Who signed in (or failed to), whose role changed, what was published, which QA gate was overridden.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor text,
  action text not null check (action in ('sign-in', 'sign-in-failed', 'sign-out', 'user-add', 'user-role', 'user-disable', 'user-password', 'publish', 'qa-override', 'assign')),
  subject text,
  address text,
  details jsonb not null default '{}'
);
create index audit_log_at on audit_log (at desc);
