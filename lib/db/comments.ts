import type { CommentTarget } from '../comments/types';
import { sql, type Db } from './sql';

/** A comment row with its author's and mentioned users' names (lib/server shapes threads from these). */
export interface CommentRow {
  id: number;
  parentId: number | null;
  body: string;
  authorId: string;
  authorName: string;
  mentions: { id: string; name: string }[];
  createdAt: string;
  resolvedAt: string | null;
  resolvedById: string | null;
  resolvedByName: string | null;
}

const targetWhere = (t: CommentTarget) =>
  t.kind === 'segment' ? sql`c.segment_id = ${t.segmentId} and c.lang = ${t.lang}` : sql`c.concept_id = ${t.conceptId}`;

/** Every comment on a target (threads and replies), oldest first. */
export async function listComments(target: CommentTarget, db: Db = sql): Promise<CommentRow[]> {
  return db<CommentRow[]>`
    select c.id, c.parent_id as "parentId", c.body, c.author as "authorId", a.name as "authorName",
      coalesce((select json_agg(json_build_object('id', u.id, 'name', u.name) order by u.name)
        from users u where u.id = any(c.mentions)), '[]'::json) as mentions,
      c.created_at::text as "createdAt", c.resolved_at::text as "resolvedAt",
      c.resolved_by as "resolvedById", r.name as "resolvedByName"
    from comments c join users a on a.id = c.author left join users r on r.id = c.resolved_by
    where ${targetWhere(target)} order by c.id`;
}

/** Open thread counts per segment and language of a document (the editor's comment buttons). */
export async function openThreadCounts(documentId: number): Promise<{ segmentId: number; lang: string; open: number; total: number }[]> {
  return sql`
    select c.segment_id as "segmentId", c.lang, count(*) filter (where c.resolved_at is null)::int as open, count(*)::int as total
    from comments c join segments s on s.id = c.segment_id
    where s.document_id = ${documentId} and c.parent_id is null group by c.segment_id, c.lang`;
}

/** Open and total thread counts of some panes (a pane without comments answers zeros). */
export async function paneThreadCounts(keys: readonly { segmentId: number; lang: string }[]): Promise<{ segmentId: number; lang: string; open: number; total: number }[]> {
  if (keys.length === 0) return [];
  return sql`
    with k as (select * from unnest(${keys.map((k) => k.segmentId)}::bigint[], ${keys.map((k) => k.lang)}::text[]) as k(segment_id, lang))
    select k.segment_id as "segmentId", k.lang,
      (count(c.id) filter (where c.resolved_at is null))::int as open, count(c.id)::int as total
    from k left join comments c on c.segment_id = k.segment_id and c.lang = k.lang and c.parent_id is null
    group by k.segment_id, k.lang`;
}

/** Users whose id, or name without spaces, is one of the (lower-cased) handles. */
export async function usersByHandle(handles: string[], db: Db = sql): Promise<{ id: string; name: string }[]> {
  if (handles.length === 0) return [];
  return db<{ id: string; name: string }[]>`
    select id, name from users
    where lower(id) = any(${handles}) or lower(regexp_replace(name, '\\s+', '', 'g')) = any(${handles})
    order by name`;
}

/** The thread a comment belongs to (itself when it is one) and its target; null when unknown. */
export async function commentThread(id: number, db: Db = sql): Promise<{ threadId: number; target: CommentTarget } | null> {
  const [r] = await db<{ threadId: number; segmentId: number | null; lang: string | null; conceptId: string | null }[]>`
    select coalesce(parent_id, id) as "threadId", segment_id as "segmentId", lang, concept_id as "conceptId"
    from comments where id = ${id}`;
  if (!r) return null;
  const target: CommentTarget = r.conceptId !== null ? { kind: 'concept', conceptId: r.conceptId } : { kind: 'segment', segmentId: r.segmentId!, lang: r.lang as 'en' };
  return { threadId: r.threadId, target };
}

/** Stores one comment (a thread, or a reply when `parentId` is set); returns its id. */
export async function insertComment(
  row: { target: CommentTarget; parentId: number | null; body: string; mentions: string[]; author: string },
  db: Db = sql,
): Promise<number> {
  const t = row.target;
  const [r] = await db<{ id: number }[]>`
    insert into comments (segment_id, lang, concept_id, parent_id, body, mentions, author)
    values (${t.kind === 'segment' ? t.segmentId : null}, ${t.kind === 'segment' ? t.lang : null}, ${t.kind === 'concept' ? t.conceptId : null},
      ${row.parentId}, ${row.body}, ${row.mentions}, ${row.author})
    returning id`;
  return r!.id;
}

/** Marks a thread resolved (by `by`) or open again (`by` null); false when no such thread. */
export async function setThreadResolved(threadId: number, by: string | null, db: Db = sql): Promise<boolean> {
  const rows = await db`
    update comments set resolved_at = ${by ? sql`now()` : null}, resolved_by = ${by}
    where id = ${threadId} and parent_id is null returning id`;
  return rows.length > 0;
}

/** Whether a segment exists (and is not merged away) and a concept exists: a comment needs its target. */
export async function targetExists(target: CommentTarget, db: Db = sql): Promise<boolean> {
  const rows =
    target.kind === 'segment'
      ? await db`select 1 from segments where id = ${target.segmentId} and merged_into is null`
      : await db`select 1 from glossary_concepts where id = ${target.conceptId} and deleted_at is null`;
  return rows.length > 0;
}
