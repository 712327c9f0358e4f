import type { LivePane, PresentPerson } from '../live/types';
import type { Lang } from '../text/lang';
import { sql } from './sql';

/** The stored state of some panes (source or translation), with the name of who saved each last. */
export async function panesNow(keys: readonly { segmentId: number; lang: Lang }[]): Promise<LivePane[]> {
  if (keys.length === 0) return [];
  const rows = await sql<(Omit<LivePane, 'author'> & { authorId: string; authorName: string | null })[]>`
    with k as (select * from unnest(${keys.map((k) => k.segmentId)}::bigint[], ${keys.map((k) => k.lang)}::text[]) as k(segment_id, lang))
    select s.document_id as "documentId", k.segment_id as "segmentId", k.lang, d.source_lang = k.lang as "isSource",
      case when d.source_lang = k.lang then s.content else t.content end as content,
      case when d.source_lang = k.lang then s.text else t.text end as text,
      case when d.source_lang = k.lang then 'final' else t.state end as state,
      case when d.source_lang = k.lang then s.version else t.version end as version,
      u.id as "authorId", u.name as "authorName"
    from k join segments s on s.id = k.segment_id join documents d on d.id = s.document_id
      left join translations t on t.segment_id = k.segment_id and t.lang = k.lang
      left join users u on u.id = case when d.source_lang = k.lang then s.updated_by else t.updated_by end
    where d.source_lang = k.lang or t.segment_id is not null`;
  return rows.map(({ authorId, authorName, ...p }) => ({ ...p, author: { id: authorId, name: authorName ?? authorId } }));
}

/**
 * The shape of some documents' rows: how many segments are live and the newest id. A split adds a
 * segment, a merge folds one away; either changes the shape, an edit of a text never does.
 */
export async function documentShapes(ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<{ documentId: number; live: number; last: number }[]>`
    select document_id as "documentId", (count(*) filter (where merged_into is null))::int as live, max(id) as last
    from segments where document_id = any(${ids as number[]}) group by document_id`;
  return new Map(rows.map((r) => [r.documentId, `${r.live}:${r.last}`]));
}

/** The panes of a document changed after `since` (source and translations), for an editor that reconnects. */
export async function panesChangedSince(documentId: number, since: Date): Promise<LivePane[]> {
  const keys = await sql<{ segmentId: number; lang: Lang }[]>`
    select s.id as "segmentId", d.source_lang as lang from segments s join documents d on d.id = s.document_id
      where s.document_id = ${documentId} and s.updated_at > ${since}
    union all
    select t.segment_id, t.lang from translations t join segments s on s.id = t.segment_id
      where s.document_id = ${documentId} and t.updated_at > ${since}`;
  return panesNow(keys);
}

/** Says an editor tab is in a document, at a pane or none; a client id stays with the user who took it. */
export async function upsertPresence(row: { clientId: string; documentId: number; userId: string; segmentId: number | null; lang: Lang | null }): Promise<boolean> {
  const r = await sql`
    insert into presence (client_id, document_id, user_id, segment_id, lang, seen_at)
    values (${row.clientId}, ${row.documentId}, ${row.userId}, ${row.segmentId}, ${row.lang}, now())
    on conflict (client_id) do update set document_id = excluded.document_id, segment_id = excluded.segment_id,
      lang = excluded.lang, seen_at = now()
      where presence.user_id = excluded.user_id
    returning client_id`;
  return r.length > 0;
}

/** Forgets an editor tab (its events stream closed); answers the document it was in. */
export async function removePresence(clientId: string, userId: string): Promise<number | null> {
  const [r] = await sql<{ documentId: number }[]>`
    delete from presence where client_id = ${clientId} and user_id = ${userId} returning document_id as "documentId"`;
  return r?.documentId ?? null;
}

/** Deletes presence rows not seen for `seconds`. */
export async function sweepPresence(seconds: number): Promise<void> {
  await sql`delete from presence where seen_at < now() - make_interval(secs => ${seconds})`;
}

/** Who is in a document now (seen within `ttlSeconds`), by name. */
export async function presentIn(documentId: number, ttlSeconds: number): Promise<PresentPerson[]> {
  const rows = await sql<{ clientId: string; userId: string; name: string; segmentId: number | null; lang: Lang | null }[]>`
    select p.client_id as "clientId", p.user_id as "userId", u.name, p.segment_id as "segmentId", p.lang
    from presence p join users u on u.id = p.user_id
    where p.document_id = ${documentId} and p.seen_at >= now() - make_interval(secs => ${ttlSeconds})
    order by u.name, p.client_id`;
  return rows.map((r) => ({ clientId: r.clientId, user: { id: r.userId, name: r.name }, segmentId: r.segmentId, lang: r.lang }));
}

/** Whether a document exists (a live feed is opened only on one). */
export async function documentExists(id: number): Promise<boolean> {
  return (await sql`select 1 from documents where id = ${id}`).length > 0;
}
