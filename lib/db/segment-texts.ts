import type { PmNode, TranslationState } from '../documents/types';
import type { Lang } from '../text/lang';
import { json, type Tx } from './sql';

/** One stored text of a segment in one language (the source or a target), as a replace-all reads it. */
export interface StoredSegmentText {
  segmentId: number;
  content: PmNode | null;
  text: string;
  /** The target's state; 'final' for the source, as the revision log records it. */
  state: TranslationState;
  version: number;
}

/**
 * Locks the live segments `ids` of a document (the rows a save locks too) and reads their text in
 * `lang`: the source when `isSource`, else the target (segments without one are left out).
 */
export async function lockSegmentTexts(tx: Tx, documentId: number, lang: Lang, isSource: boolean, ids: number[]): Promise<StoredSegmentText[]> {
  if (ids.length === 0) return [];
  await tx`select id from segments where document_id = ${documentId} and id = any(${ids}::bigint[]) and merged_into is null order by id for update`;
  if (isSource) {
    return tx<StoredSegmentText[]>`select id as "segmentId", content, text, 'final' as state, version from segments
      where document_id = ${documentId} and id = any(${ids}::bigint[]) and merged_into is null`;
  }
  return tx<StoredSegmentText[]>`select t.segment_id as "segmentId", t.content, t.text, t.state, t.version
    from translations t join segments s on s.id = t.segment_id
    where s.document_id = ${documentId} and s.id = any(${ids}::bigint[]) and s.merged_into is null and t.lang = ${lang}`;
}

/** Writes a new version of a locked text (the caller checked its version) and its revision with `action`. */
export async function writeSegmentText(
  tx: Tx,
  w: { before: StoredSegmentText; lang: Lang; isSource: boolean; content: PmNode; text: string; state: TranslationState; action: 'replace'; author: string },
): Promise<number> {
  const version = w.before.version + 1;
  if (w.isSource) {
    await tx`update segments set content = ${json(w.content)}, text = ${w.text}, version = ${version}, updated_at = now(), updated_by = ${w.author}
      where id = ${w.before.segmentId}`;
  } else {
    await tx`update translations set content = ${json(w.content)}, text = ${w.text}, state = ${w.state}, version = ${version}, updated_at = now(), updated_by = ${w.author}
      where segment_id = ${w.before.segmentId} and lang = ${w.lang}`;
  }
  await tx`insert into revisions (segment_id, lang, action, base_version, version, before_content, before_text, before_state, after_content, after_text, after_state, author)
    values (${w.before.segmentId}, ${w.lang}, ${w.action}, ${w.before.version}, ${version}, ${json(w.before.content)}, ${w.before.text}, ${w.before.state},
      ${json(w.content)}, ${w.text}, ${w.state}, ${w.author})`;
  return version;
}
