-- The word index of fuzzy lookup (issue 13, speed) takes new units directly instead of through GIN's
-- pending list: every lookup reads the whole pending list (up to 4 MB) besides the posting lists it
-- asks for. At a million units, with one TMX file's 3,071 units pending, a pass at 90 took 3.1 ms and
-- 0.3 ms once they were merged; importing that file took no longer without the list (2.0–3.1 s
-- against 3.4–4.6 s, alternated), the other indexes keeping theirs.
alter index tm_units_words set (fastupdate = off);
select gin_clean_pending_list('tm_units_words'::regclass);
