-- Quotes of a document's source and the original posts they render.
-- A quote is anchored in the source text: from (segment_id, start_offset) to (end_segment_id, end_offset),
-- offsets in UTF-16 code units of each segment's text; source_text keeps the quoted words so the anchor
-- can be found again after the source is edited, split or merged.
create table quotes (
  id bigint generated always as identity primary key,
  document_id bigint not null references documents (id) on delete cascade,
  segment_id bigint not null references segments (id) on delete cascade,
  start_offset integer not null check (start_offset >= 0),
  end_segment_id bigint not null references segments (id) on delete cascade,
  end_offset integer not null check (end_offset >= 0),
  source_text text not null check (length(source_text) > 0),
  -- the quoted words when the marks enclose other text too (a figure caption, a page-layout break); '' = source_text
  words text not null default '',
  origin text not null default 'detected' check (origin in ('detected', 'manual')),
  original_lang text check (original_lang in ('ar', 'fa')),
  original_text text not null default '',
  -- the longer post pasted into the alignment assistant, the stretch the quote renders, and the clause links
  original_post text not null default '',
  stretch_start integer,
  stretch_end integer,
  clause_links jsonb not null default '[]',
  -- provenance
  said_by text not null default '',
  account text not null default '',
  platform text not null default '',
  posted_on date,
  url text not null default '',
  figure text not null default '',
  archive_url text not null default '',
  verified_by text references users (id),
  verified_at timestamptz,
  -- when the original wording was written into the target of its language (a revision of that segment)
  applied_at timestamptz,
  version integer not null default 1,
  created_by text not null default 'local' references users (id),
  created_at timestamptz not null default now(),
  updated_by text not null default 'local' references users (id),
  updated_at timestamptz not null default now(),
  check ((verified_by is null) = (verified_at is null)),
  check ((stretch_start is null) = (stretch_end is null) and (stretch_start is null or stretch_start <= stretch_end))
);
create index quotes_document on quotes (document_id, segment_id, start_offset);

-- Detection runs once per document (on the first visit of its Quotes workspace): a quote the translator
-- removed is not detected again.
create table quote_detections (
  document_id bigint primary key references documents (id) on delete cascade,
  detected integer not null,
  detected_at timestamptz not null default now()
);
