import type { PmNode, SegmentDraft, SegmentKind } from '../documents/types';
import { mergeSegments, splitSegment } from '../import/segment-edit';
import type { Lang } from '../text/lang';
import { mergedState } from '../documents/translation-state';
import type { TranslationState } from '../documents/types';
import { AppError } from './errors';
import { json, sql, type Tx } from './sql';

interface SegRow {
  id: number;
  document_id: number;
  position: number;
  kind: SegmentKind;
  content: PmNode;
  text: string;
  do_not_translate: boolean;
  version: number;
}

async function lockSegment(tx: Tx, documentId: number, segmentId: number): Promise<SegRow> {
  const [row] = await tx<SegRow[]>`select id, document_id, position, kind, content, text, do_not_translate, version
    from segments where id = ${segmentId} and document_id = ${documentId} and merged_into is null for update`;
  if (!row) throw new AppError('segment-not-found', { id: segmentId });
  return row;
}

const draftOf = (r: { kind: SegmentKind; content: PmNode; text: string; do_not_translate?: boolean }): SegmentDraft => ({
  kind: r.kind,
  content: r.content,
  text: r.text,
  doNotTranslate: r.do_not_translate,
});

/**
 * Folds a segment's next neighbour into it (source and every translation); the neighbour is kept,
 * marked merged, so its text stays in the database and the revision log.
 */
export async function mergeWithNext(documentId: number, segmentId: number, author: string): Promise<void> {
  await sql.begin(async (tx) => {
    const a = await lockSegment(tx, documentId, segmentId);
    const [b] = await tx<SegRow[]>`select id, document_id, position, kind, content, text, do_not_translate, version
      from segments where document_id = ${documentId} and position > ${a.position} and merged_into is null
      order by position limit 1 for update`;
    if (!b) throw new AppError('segment-no-next', { id: segmentId });
    const [doc] = await tx<{ source_lang: Lang }[]>`select source_lang from documents where id = ${documentId}`;
    const sourceLang = doc!.source_lang;
    const merged = mergeSegments(draftOf(a), draftOf(b));
    await tx`update segments set content = ${json(merged.content)}, text = ${merged.text}, version = version + 1,
      updated_at = now(), updated_by = ${author} where id = ${a.id}`;
    await tx`update segments set merged_into = ${a.id}, updated_at = now(), updated_by = ${author} where id = ${b.id}`;
    await tx`insert into revisions (segment_id, lang, action, version, before_content, before_text, after_content, after_text, author) values
      (${a.id}, ${sourceLang}, 'merge', ${a.version + 1}, ${json(a.content)}, ${a.text}, ${json(merged.content)}, ${merged.text}, ${author}),
      (${b.id}, ${sourceLang}, 'merge', ${b.version}, ${json(b.content)}, ${b.text}, null, null, ${author})`;
    const trs = await tx<{ segment_id: number; lang: Lang; content: PmNode; text: string; state: TranslationState; version: number }[]>`
      select segment_id, lang, content, text, state, version from translations where segment_id in (${a.id}, ${b.id})`;
    for (const lang of new Set(trs.map((t) => t.lang))) {
      const ta = trs.find((t) => t.segment_id === a.id && t.lang === lang);
      const tb = trs.find((t) => t.segment_id === b.id && t.lang === lang);
      const empty = { kind: a.kind, content: { type: 'doc', content: [{ type: 'paragraph' }] }, text: '' } as SegmentDraft;
      const m = mergeSegments(ta ? { ...empty, content: ta.content, text: ta.text } : empty, tb ? { ...empty, content: tb.content, text: tb.text } : empty);
      const state = mergedState(ta?.state, tb?.state, m.text);
      const version = (ta?.version ?? 0) + 1;
      await tx`insert into translations (segment_id, lang, content, text, state, version, updated_by)
        values (${a.id}, ${lang}, ${json(m.content)}, ${m.text}, ${state}, ${version}, ${author})
        on conflict (segment_id, lang) do update set content = excluded.content, text = excluded.text, state = excluded.state,
          version = excluded.version, updated_at = now(), updated_by = excluded.updated_by`;
      await tx`insert into revisions (segment_id, lang, action, version, before_text, after_content, after_text, after_state, author)
        values (${a.id}, ${lang}, 'merge', ${version}, ${ta?.text ?? null}, ${json(m.content)}, ${m.text}, ${state}, ${author})`;
    }
  });
}

/** Splits a segment's source at a plain-text offset; translations stay with the first part. */
export async function splitAt(documentId: number, segmentId: number, offset: number, author: string): Promise<number> {
  return sql.begin(async (tx) => {
    const s = await lockSegment(tx, documentId, segmentId);
    if (!Number.isInteger(offset) || offset <= 0 || offset >= s.text.length) throw new AppError('split-offset', { offset });
    const [doc] = await tx<{ source_lang: Lang }[]>`select source_lang from documents where id = ${documentId}`;
    const sourceLang = doc!.source_lang;
    const [first, second] = splitSegment(draftOf(s), offset);
    await tx`update segments set position = position + 1 where document_id = ${documentId} and position > ${s.position}`;
    await tx`update segments set content = ${json(first.content)}, text = ${first.text}, version = version + 1,
      updated_at = now(), updated_by = ${author} where id = ${s.id}`;
    const [created] = await tx<{ id: number }[]>`insert into segments (document_id, position, kind, content, text, do_not_translate, updated_by)
      values (${documentId}, ${s.position + 1}, ${second.kind}, ${json(second.content)}, ${second.text}, ${s.do_not_translate}, ${author}) returning id`;
    await tx`insert into revisions (segment_id, lang, action, version, before_content, before_text, after_content, after_text, author) values
      (${s.id}, ${sourceLang}, 'split', ${s.version + 1}, ${json(s.content)}, ${s.text}, ${json(first.content)}, ${first.text}, ${author}),
      (${created!.id}, ${sourceLang}, 'split', 1, null, null, ${json(second.content)}, ${second.text}, ${author})`;
    return created!.id;
  });
}
