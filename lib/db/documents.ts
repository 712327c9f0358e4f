import type { DocumentDraft, PmNode, SegmentKind, TranslationState } from '../documents/types';
import type { DetectedQuoteRow } from '../quotes/anchors';
import type { Lang } from '../text/lang';
import { targetLangs } from '../documents/target-langs';
import { storeDetectedQuotes } from './quotes';
import { json, sql } from './sql';
import type { DocumentRow, DocumentSummary, LangProgress, SegmentRow, TranslationRow } from '../documents/views';

export type { DocumentRow, DocumentSummary, LangProgress, SegmentRow, TranslationRow } from '../documents/views';

const isoDate = (d: Date | string | null) => (d ? (typeof d === 'string' ? d : d.toISOString().slice(0, 10)) : null);

/** All documents (or one) with their per-language progress (translated = translated or beyond). */
export async function listDocuments(only?: number): Promise<DocumentSummary[]> {
  const rows = await sql<
    { id: number; title: string; authors: string[]; published_on: string | null; source_lang: Lang; segment_count: number; progress: LangProgress[] | null }[]
  >`
    select d.id, d.title, d.authors, to_char(d.published_on, 'YYYY-MM-DD') as published_on, d.source_lang,
      (select count(*)::int from segments s where s.document_id = d.id and s.merged_into is null and not s.do_not_translate) as segment_count,
      (select json_agg(json_build_object('lang', p.lang, 'translated', p.translated, 'reviewed', p.reviewed))
         from (select t.lang,
                 count(*) filter (where t.state in ('translated', 'reviewed', 'final'))::int as translated,
                 count(*) filter (where t.state in ('reviewed', 'final'))::int as reviewed
               from translations t join segments s on s.id = t.segment_id
               where s.document_id = d.id and s.merged_into is null and not s.do_not_translate
               group by t.lang) p) as progress
    from documents d ${only === undefined ? sql`` : sql`where d.id = ${only}`} order by d.created_at desc, d.id desc`;
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    authors: r.authors,
    publishedOn: r.published_on,
    sourceLang: r.source_lang,
    segmentCount: r.segment_count,
    progress: targetLangs(r.source_lang).map((lang) => {
      const p = r.progress?.find((x) => x.lang === lang);
      return { lang, total: r.segment_count, translated: p?.translated ?? 0, reviewed: p?.reviewed ?? 0 };
    }),
  }));
}

/** One document with its live segments in order (all, or `range` of them) and their translations; null when unknown. */
export async function getDocument(id: number, range?: { offset: number; limit: number }): Promise<DocumentRow | null> {
  const [doc] = await sql<
    { id: number; title: string; authors: string[]; published_on: string | null; source_url: string | null; source_lang: Lang }[]
  >`select id, title, authors, to_char(published_on, 'YYYY-MM-DD') as published_on, source_url, source_lang
    from documents where id = ${id}`;
  if (!doc) return null;
  const segs = await sql<
    { id: number; position: number; kind: SegmentKind; content: PmNode; text: string; do_not_translate: boolean; version: number; translations: (TranslationRow & { lang: Lang })[] | null }[]
  >`
    select s.id, s.position, s.kind, s.content, s.text, s.do_not_translate, s.version,
      (select json_agg(json_build_object('lang', t.lang, 'content', t.content, 'text', t.text, 'state', t.state, 'version', t.version))
         from translations t where t.segment_id = s.id) as translations
    from segments s where s.document_id = ${id} and s.merged_into is null order by s.position
    ${range ? sql`offset ${range.offset} limit ${range.limit}` : sql``}`;
  return {
    id: doc.id,
    title: doc.title,
    authors: doc.authors,
    publishedOn: isoDate(doc.published_on),
    sourceUrl: doc.source_url,
    sourceLang: doc.source_lang,
    segments: segs.map((s) => ({
      id: s.id,
      position: s.position,
      kind: s.kind,
      content: s.content,
      text: s.text,
      doNotTranslate: s.do_not_translate,
      version: s.version,
      translations: Object.fromEntries(
        (s.translations ?? []).map(({ lang, ...t }) => [lang, t]),
      ) as Partial<Record<Lang, TranslationRow>>,
    })),
  };
}

/**
 * Stores a document in one transaction: its segments (with any translation that came with them), an
 * `import` revision of each text, and the quotes detected in it (segment ids in `quotes` are the
 * draft's positions, 0-based); returns its id.
 */
export async function createDocument(draft: DocumentDraft, author: string, quotes?: DetectedQuoteRow[]): Promise<number> {
  return sql.begin(async (tx) => {
    const [doc] = await tx<{ id: number }[]>`
      insert into documents (title, authors, published_on, source_url, source_lang)
      values (${draft.title}, ${draft.authors}, ${draft.publishedOn}, ${draft.sourceUrl}, ${draft.sourceLang})
      returning id`;
    const documentId = doc!.id;
    const rows = draft.segments.map((s, i) => ({
      document_id: documentId,
      position: i + 1,
      kind: s.kind,
      content: json(s.content),
      text: s.text,
      do_not_translate: s.doNotTranslate ?? false,
      updated_by: author,
    }));
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += BATCH) {
      const inserted = await tx<{ id: number }[]>`
        insert into segments ${tx(rows.slice(i, i + BATCH) as never, 'document_id', 'position', 'kind', 'content', 'text', 'do_not_translate', 'updated_by')}
        returning id`;
      ids.push(...inserted.map((r) => r.id));
    }
    const translated = draft.segments.flatMap((s, i) => (s.translations ?? []).map((t) => ({ id: ids[i]!, ...t })));
    for (let i = 0; i < translated.length; i += BATCH) {
      await tx`insert into translations ${tx(
        translated.slice(i, i + BATCH).map((t) => ({ segment_id: t.id, lang: t.lang, content: json(t.content), text: t.text, state: t.state, updated_by: author })) as never,
        'segment_id', 'lang', 'content', 'text', 'state', 'updated_by',
      )}`;
    }
    const revs = [
      ...draft.segments.map((s, i) => ({ segment_id: ids[i]!, lang: draft.sourceLang, content: s.content, text: s.text, state: null as string | null })),
      ...translated.map((t) => ({ segment_id: t.id, lang: t.lang, content: t.content, text: t.text, state: t.state as string | null })),
    ].map((r) => ({ segment_id: r.segment_id, lang: r.lang, action: 'import', version: 1, after_content: json(r.content), after_text: r.text, after_state: r.state, author }));
    for (let i = 0; i < revs.length; i += BATCH) {
      await tx`insert into revisions ${tx(revs.slice(i, i + BATCH) as never, 'segment_id', 'lang', 'action', 'version', 'after_content', 'after_text', 'after_state', 'author')}`;
    }
    if (quotes) {
      const at = (position: number) => ids[position]!;
      await storeDetectedQuotes(documentId, quotes.map((q) => ({ ...q, segmentId: at(q.segmentId), endSegmentId: at(q.endSegmentId) })), tx);
    }
    return documentId;
  });
}

// postgres.js binds at most 65535 parameters per statement: 8 columns x 4000 rows stays below.
const BATCH = 4000;

/** Number of documents (the start script seeds the sample into an empty database). */
export async function countDocuments(): Promise<number> {
  const [r] = await sql<{ n: number }[]>`select count(*)::int as n from documents`;
  return r!.n;
}

/** The live segments to translate of these documents: source text and the state of each existing target ('draft' for an initial one with text). */
export async function segmentStates(documentIds: number[]): Promise<{ documentId: number; sourceText: string; states: Partial<Record<Lang, string>> }[]> {
  if (documentIds.length === 0) return [];
  return sql<{ documentId: number; sourceText: string; states: Partial<Record<Lang, string>> }[]>`
    select s.document_id as "documentId", s.text as "sourceText",
      coalesce((select json_object_agg(t.lang, case when t.state = 'initial' and t.text ~ '[^[:space:]]' then 'draft' else t.state end)
        from translations t where t.segment_id = s.id), '{}'::json) as states
    from segments s where s.document_id = any(${documentIds}::bigint[]) and s.merged_into is null and not s.do_not_translate
    order by s.document_id, s.position`;
}
