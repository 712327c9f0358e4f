import type { TranslationState } from '../documents/types';
import type { Lang } from '../text/lang';
import { json, sql, type Tx } from './sql';
import type { TargetRow } from './translations';

/**
 * Gives a target a new state as a new version (same text), with its revision row and the reviewer's
 * comment on it; the caller locked the row and checked version and step.
 */
export async function writeTargetState(tx: Tx, r: { segmentId: number; lang: Lang; current: TargetRow; state: TranslationState; comment: string | null; author: string }): Promise<number> {
  const version = r.current.version + 1;
  await tx`update translations set state = ${r.state}, version = ${version}, updated_at = now(), updated_by = ${r.author}
    where segment_id = ${r.segmentId} and lang = ${r.lang}`;
  await tx`insert into revisions (segment_id, lang, action, base_version, version, before_content, before_text, before_state, after_content, after_text, after_state, author, comment)
    values (${r.segmentId}, ${r.lang}, 'save', ${r.current.version}, ${version}, ${json(r.current.content)}, ${r.current.text}, ${r.current.state},
      ${json(r.current.content)}, ${r.current.text}, ${r.state}, ${r.author}, ${r.comment})`;
  await tx`update documents set updated_at = now() where id = (select document_id from segments where id = ${r.segmentId})`;
  return version;
}

/** The review comments of a segment's targets (send-backs), newest first, with the reviewer's name. */
export async function reviewComments(segmentId: number): Promise<{ lang: Lang; comment: string; author: string; authorName: string; createdAt: string; afterState: TranslationState }[]> {
  return sql`
    select r.lang, r.comment, r.author, coalesce(u.name, r.author) as "authorName", r.created_at::text as "createdAt", r.after_state as "afterState"
    from revisions r left join users u on u.id = r.author
    where r.segment_id = ${segmentId} and r.comment is not null order by r.id desc`;
}

/** How many live segments of a document are in each state, per target language (no row counts as initial). */
export async function stateCounts(documentId: number): Promise<{ lang: Lang; state: TranslationState; n: number }[]> {
  return sql`
    select t.lang, t.state, count(*)::int as n
    from translations t join segments s on s.id = t.segment_id
    where s.document_id = ${documentId} and s.merged_into is null and not s.do_not_translate
    group by t.lang, t.state`;
}
