import type { PmNode, TranslationState } from '../documents/types';
import type { Lang } from '../text/lang';
import { stateAfterSave } from '../documents/translation-state';
import { AppError } from './errors';
import { json, sql, type Db, type Tx } from './sql';
import type { RevisionRow, SaveInput, SavedText, SaveResult } from '../documents/views';

export type { RevisionRow, SaveInput, SavedText, SaveResult } from '../documents/views';

/** The document of a live or merged segment and its source language; null when unknown. */
export async function segmentDocument(segmentId: number): Promise<{ documentId: number; sourceLang: Lang } | null> {
  const [r] = await sql<{ documentId: number; sourceLang: Lang }[]>`select s.document_id as "documentId", d.source_lang as "sourceLang"
    from segments s join documents d on d.id = s.document_id where s.id = ${segmentId}`;
  return r ?? null;
}

/**
 * Saves one pane of one segment if `baseVersion` is still current (optimistic locking on the row's
 * version); a stale save is refused with the stored text, and the refused text is kept in the
 * revision log all the same. Runs in `db`'s transaction when it is one, else in its own. A restore
 * of an earlier version is the same write, logged as `restore`.
 */
export async function saveSegmentText(input: SaveInput & { author: string; action?: 'save' | 'restore' }, db: Db = sql): Promise<SaveResult> {
  const author = input.author;
  const work = async (tx: Tx): Promise<SaveResult> => {
    const [seg] = await tx<{ document_id: number; source_lang: Lang; merged_into: number | null }[]>`
      select s.document_id, d.source_lang, s.merged_into from segments s join documents d on d.id = s.document_id
      where s.id = ${input.segmentId} for update of s`;
    if (!seg) throw new AppError('segment-not-found', { id: input.segmentId });
    if (seg.merged_into !== null) throw new AppError('segment-merged', { id: input.segmentId });
    const current = seg.source_lang === input.lang ? await sourceOf(tx, input.segmentId) : await targetOf(tx, input.segmentId, input.lang);
    const currentVersion = current?.version ?? 0;
    if (input.baseVersion !== currentVersion) {
      await tx`insert into revisions (segment_id, lang, action, base_version, version, before_content, before_text, before_state, after_content, after_text, after_state, author)
        values (${input.segmentId}, ${input.lang}, 'conflict', ${input.baseVersion}, ${currentVersion},
          ${json(current?.content ?? null)}, ${current?.text ?? null}, ${current?.state ?? null},
          ${json(input.content)}, ${input.text}, ${input.state ?? current?.state ?? 'initial'}, ${author})`;
      return { ok: false, conflict: current ?? emptyText() } as const;
    }
    const version = currentVersion + 1;
    const state: TranslationState = input.state ?? stateAfterSave(current?.state, current?.text, input.text);
    if (seg.source_lang === input.lang) {
      await tx`update segments set content = ${json(input.content)}, text = ${input.text}, version = ${version},
        updated_at = now(), updated_by = ${author} where id = ${input.segmentId}`;
    } else {
      await tx`insert into translations (segment_id, lang, content, text, state, version, updated_by)
        values (${input.segmentId}, ${input.lang}, ${json(input.content)}, ${input.text}, ${state}, ${version}, ${author})
        on conflict (segment_id, lang) do update set content = excluded.content, text = excluded.text,
          state = excluded.state, version = excluded.version, updated_at = now(), updated_by = excluded.updated_by`;
    }
    await tx`insert into revisions (segment_id, lang, action, base_version, version, before_content, before_text, before_state, after_content, after_text, after_state, author)
      values (${input.segmentId}, ${input.lang}, ${input.action ?? 'save'}, ${input.baseVersion}, ${version},
        ${json(current?.content ?? null)}, ${current?.text ?? null}, ${current?.state ?? null},
        ${json(input.content)}, ${input.text}, ${state}, ${author})`;
    await tx`update documents set updated_at = now() where id = ${seg.document_id}`;
    return { ok: true, version, state } as const;
  };
  return 'savepoint' in db ? work(db as Tx) : (sql.begin(work) as Promise<SaveResult>);
}

const emptyText = (): SavedText => ({ content: null, text: '', state: 'initial', version: 0, updatedBy: '', updatedByName: null, updatedAt: '' });

async function sourceOf(tx: Tx, id: number): Promise<SavedText | null> {
  const [r] = await tx<SavedText[]>`select s.content, s.text, 'final' as state, s.version, s.updated_by as "updatedBy",
    u.name as "updatedByName", s.updated_at::text as "updatedAt"
    from segments s left join users u on u.id = s.updated_by where s.id = ${id}`;
  return r ?? null;
}

async function targetOf(tx: Tx, id: number, lang: Lang): Promise<SavedText | null> {
  const [r] = await tx<SavedText[]>`select t.content, t.text, t.state, t.version, t.updated_by as "updatedBy",
    u.name as "updatedByName", t.updated_at::text as "updatedAt"
    from translations t left join users u on u.id = t.updated_by where t.segment_id = ${id} and t.lang = ${lang}`;
  return r ?? null;
}

/** The revision log of one segment, newest first. */
export async function listRevisions(segmentId: number, lang?: Lang): Promise<RevisionRow[]> {
  return sql<RevisionRow[]>`
    select id, lang, action, version, before_text as "beforeText", after_text as "afterText",
      after_state as "afterState", author, created_at::text as "createdAt"
    from revisions where segment_id = ${segmentId} ${lang ? sql`and lang = ${lang}` : sql``}
    order by id desc`;
}
