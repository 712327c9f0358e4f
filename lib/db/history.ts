import type { HistoryRevision, RestorableText } from '../documents/history';
import type { Lang } from '../text/lang';
import { sql } from './sql';

/** A segment's revisions, newest first, with their authors' names (at most `limit`). */
export async function listHistory(segmentId: number, lang: Lang | null, limit = 200): Promise<HistoryRevision[]> {
  const rows = await sql<(Omit<HistoryRevision, 'author'> & { authorId: string; authorName: string | null })[]>`
    select r.id, r.lang, r.action, r.base_version as "baseVersion", r.version, r.before_text as "beforeText",
      r.after_text as "afterText", r.after_state as "afterState", r.author as "authorId", u.name as "authorName",
      r.created_at::text as "createdAt"
    from revisions r left join users u on u.id = r.author
    where r.segment_id = ${segmentId} ${lang ? sql`and r.lang = ${lang}` : sql``}
    order by r.id desc limit ${limit}`;
  return rows.map(({ authorId, authorName, ...r }) => ({ ...r, author: { id: authorId, name: authorName ?? authorId } }));
}

/** The current text and version of each pane of a segment (source and translations). */
export async function currentPanes(segmentId: number): Promise<Partial<Record<Lang, { text: string; version: number }>>> {
  const rows = await sql<{ lang: Lang; text: string; version: number }[]>`
    select d.source_lang as lang, s.text, s.version from segments s join documents d on d.id = s.document_id where s.id = ${segmentId}
    union all select lang, text, version from translations where segment_id = ${segmentId}`;
  return Object.fromEntries(rows.map((r) => [r.lang, { text: r.text, version: r.version }]));
}

/** The text a revision left, to restore it; null when no such revision. */
export async function revisionText(revisionId: number): Promise<(RestorableText & { action: string }) | null> {
  const [r] = await sql<(RestorableText & { action: string })[]>`
    select segment_id as "segmentId", lang, action, after_content as content, after_text as text
    from revisions where id = ${revisionId}`;
  return r ?? null;
}
