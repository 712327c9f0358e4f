import type { PmNode, TranslationState } from '../documents/types';
import type { Lang } from '../text/lang';
import { json, sql, type Db, type Tx } from './sql';

/** A stored target text. */
export interface TargetRow {
  content: PmNode | null;
  text: string;
  state: TranslationState;
  version: number;
}

/** Locks a segment's row and reads its target in `lang` (null when there is none yet). */
export async function lockTarget(tx: Tx, segmentId: number, lang: Lang): Promise<TargetRow | null> {
  await tx`select id from segments where id = ${segmentId} for update`;
  return currentTarget(segmentId, lang, tx);
}

/** A segment's target in `lang`; null when there is none yet. */
export async function currentTarget(segmentId: number, lang: Lang, db: Db = sql): Promise<TargetRow | null> {
  const [cur] = await db<TargetRow[]>`select content, text, state, version from translations where segment_id = ${segmentId} and lang = ${lang}`;
  return cur ?? null;
}

/** One row of the revision log of a target. */
export interface TargetRevision {
  segmentId: number;
  lang: Lang;
  action: 'save' | 'conflict';
  baseVersion: number;
  version: number;
  before: TargetRow | null;
  after: { content: PmNode; text: string; state: TranslationState };
  author: string;
}

/** Writes a new version of a target (the caller checked the base version) and its revision. */
export async function writeTarget(tx: Tx, r: TargetRevision): Promise<void> {
  await tx`insert into translations (segment_id, lang, content, text, state, version, updated_by)
    values (${r.segmentId}, ${r.lang}, ${json(r.after.content)}, ${r.after.text}, ${r.after.state}, ${r.version}, ${r.author})
    on conflict (segment_id, lang) do update set content = excluded.content, text = excluded.text,
      state = excluded.state, version = excluded.version, updated_at = now(), updated_by = excluded.updated_by`;
  await insertRevision(tx, r);
}

/** Logs a revision (a save, or a refused stale edit kept for the record). */
export async function insertRevision(tx: Tx, r: TargetRevision): Promise<void> {
  await tx`insert into revisions (segment_id, lang, action, base_version, version, before_content, before_text, before_state, after_content, after_text, after_state, author)
    values (${r.segmentId}, ${r.lang}, ${r.action}, ${r.baseVersion}, ${r.version}, ${json(r.before?.content ?? null)}, ${r.before?.text ?? null}, ${r.before?.state ?? null},
      ${json(r.after.content)}, ${r.after.text}, ${r.after.state}, ${r.author})`;
}

/** Marks a document as changed now. */
export async function touchDocument(tx: Tx, documentId: number): Promise<void> {
  await tx`update documents set updated_at = now() where id = ${documentId}`;
}
