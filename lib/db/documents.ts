import type { DocumentDraft, PmNode, SegmentKind, TranslationState } from '../documents/types';
import type { Lang } from '../text/lang';
import { LANGS } from '../text/lang';
import type { TransactionSql as Tx } from 'postgres';
import { json, sql } from './sql';
import type { DocumentRow, DocumentSummary, LangProgress, SegmentRow, TranslationRow } from '../documents/views';

export type { DocumentRow, DocumentSummary, LangProgress, SegmentRow, TranslationRow } from '../documents/views';

/** The languages a document is translated into: the two that are not its source. */
export function targetLangs(sourceLang: Lang): Lang[] {
  return LANGS.filter((l) => l !== sourceLang);
}

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

/** One document with its live segments in order and their translations; null when unknown. */
export async function getDocument(id: number): Promise<DocumentRow | null> {
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
    from segments s where s.document_id = ${id} and s.merged_into is null order by s.position`;
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

/** Stores an imported document and its segments in one transaction; returns its id. */
export async function createDocument(draft: DocumentDraft, author = 'local'): Promise<number> {
  return sql.begin(async (tx) => (await insertDocument(tx, draft, author)).id);
}

/** Inserts a document, its segments and their import revisions inside the caller's transaction. */
export async function insertDocument(tx: Tx, draft: DocumentDraft, author = 'local'): Promise<{ id: number; segmentIds: number[] }> {
  const [doc] = await tx<{ id: number }[]>`
    insert into documents (title, authors, published_on, source_url, source_lang)
    values (${draft.title}, ${draft.authors}, ${draft.publishedOn}, ${draft.sourceUrl}, ${draft.sourceLang})
    returning id`;
  const rows = draft.segments.map((s, i) => ({
    document_id: doc!.id,
    position: i + 1,
    kind: s.kind,
    content: s.content,
    text: s.text,
    do_not_translate: s.doNotTranslate ?? false,
    updated_by: author,
  }));
  if (rows.length > 0) {
    const inserted = await tx<{ id: number }[]>`
      insert into segments ${tx(rows.map((r) => ({ ...r, content: json(r.content) })) as never, 'document_id', 'position', 'kind', 'content', 'text', 'do_not_translate', 'updated_by')}
      returning id`;
    const revs = inserted.map((r, i) => ({
      segment_id: r.id,
      lang: draft.sourceLang,
      action: 'import',
      version: 1,
      after_content: rows[i]!.content,
      after_text: rows[i]!.text,
      author,
    }));
    await tx`insert into revisions ${tx(revs.map((r) => ({ ...r, after_content: json(r.after_content) })) as never, 'segment_id', 'lang', 'action', 'version', 'after_content', 'after_text', 'author')}`;
    return { id: doc!.id, segmentIds: inserted.map((r) => r.id) };
  }
  return { id: doc!.id, segmentIds: [] };
}

/** Number of documents (the start script seeds the sample into an empty database). */
export async function countDocuments(): Promise<number> {
  const [r] = await sql<{ n: number }[]>`select count(*)::int as n from documents`;
  return r!.n;
}
