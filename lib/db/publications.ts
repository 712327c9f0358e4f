import type { HouseStyle } from '../publish/house-style';
import type { EditionInput } from '../publish/types';
import type { Lang } from '../text/lang';
import { json, sql, type Db } from './sql';

/** The house-style overrides saved for a document's edition in `lang` ({} when none). */
export async function getEditionStyle(documentId: number, lang: Lang): Promise<Partial<HouseStyle>> {
  const [r] = await sql<{ house_style: Partial<HouseStyle> }[]>`
    select house_style from edition_settings where document_id = ${documentId} and lang = ${lang}`;
  return r?.house_style ?? {};
}

/** Saves (checked) house-style overrides of a document's edition in `lang`. */
export async function saveEditionStyle(documentId: number, lang: Lang, style: Partial<HouseStyle>, author: string): Promise<void> {
  await sql`insert into edition_settings (document_id, lang, house_style, updated_by)
    values (${documentId}, ${lang}, ${json(style)}, ${author})
    on conflict (document_id, lang) do update set house_style = excluded.house_style, updated_by = excluded.updated_by, updated_at = now()`;
}

export interface Publication {
  id: number;
  lang: Lang;
  houseStyle: HouseStyle;
  openErrors: number;
  openWarnings: number;
  overrideReason: string | null;
  publishedBy: string;
  /** The publishing user's name (pages name people). */
  publishedByName: string;
  publishedAt: string;
}

const publicationColumns = () => sql`id, lang, house_style as "houseStyle", open_errors as "openErrors", open_warnings as "openWarnings",
  override_reason as "overrideReason", published_by as "publishedBy", (select u.name from users u where u.id = published_by) as "publishedByName", to_char(published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "publishedAt"`;

/** Records a publication: who, when, the style, the edition as published and the open counts. */
export async function insertPublication(row: { documentId: number; lang: Lang; style: HouseStyle; edition: EditionInput; openErrors: number; openWarnings: number; overrideReason: string | null; author: string }, db: Db = sql): Promise<Publication> {
  const [p] = await db<Publication[]>`
    insert into publications (document_id, lang, house_style, edition, open_errors, open_warnings, override_reason, published_by)
    values (${row.documentId}, ${row.lang}, ${json(row.style)}, ${json(row.edition)}, ${row.openErrors}, ${row.openWarnings}, ${row.overrideReason}, ${row.author})
    returning ${publicationColumns()}`;
  return p!;
}

/** The publications of a document in `lang`, newest first. */
export async function listPublications(documentId: number, lang: Lang): Promise<Publication[]> {
  return sql<Publication[]>`select ${publicationColumns()} from publications
    where document_id = ${documentId} and lang = ${lang} order by id desc`;
}
