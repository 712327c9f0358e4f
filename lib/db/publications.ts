import type { DocumentRow } from './documents';
import { getDocument } from './documents';
import { AppError } from './errors';
import { cleanReason } from './qa-acceptances';
import { parseDocumentId, quoteOriginalsForDocument, runDocumentQa, type QuoteOriginals } from './qa';
import { json, sql } from './sql';
import { resolveHouseStyle, type HouseStyle } from '../publish/house-style';
import { PublishError, type EditionInput, type EditionSegment } from '../publish/types';
import { plainText } from '../formats/xliff-tiptap';
import type { Lang } from '../text/lang';

export interface EditionSource {
  input: EditionInput;
  /** Segments left out because they have no translation in `lang` yet. */
  untranslated: number;
}

/** The edition of a stored document in `lang` (title, segments in that language, quote originals); null when unknown. */
export async function loadEditionInput(documentId: number | string, lang: Lang): Promise<EditionSource | null> {
  const id = parseDocumentId(documentId);
  const doc = id === null ? null : await getDocument(id);
  if (!doc) return null;
  return editionFromDocument(doc, lang, await quoteOriginalsForDocument(doc.id));
}

/** Builds the edition input from a document row: what an edition in `lang` prints. */
export function editionFromDocument(doc: DocumentRow, lang: Lang, quotes?: QuoteOriginals): EditionSource {
  const inLang = (s: DocumentRow['segments'][number]) => {
    if (lang === doc.sourceLang || s.doNotTranslate) return s.content;
    const tr = s.translations[lang];
    return tr?.content && tr.text.trim() !== '' ? tr.content : null;
  };
  // The importer keeps the page's title as the first heading: it becomes the edition's h1.
  const first = doc.segments[0];
  const titleSegment = first?.kind === 'heading' && first.text.trim() === doc.title.trim() ? first : null;
  const titleContent = titleSegment ? inLang(titleSegment) : null;
  const segments: EditionSegment[] = [];
  let untranslated = 0;
  for (const s of doc.segments) {
    if (s === titleSegment) continue;
    const content = inLang(s);
    if (!content) {
      untranslated += 1;
      continue;
    }
    const seg: EditionSegment = { kind: s.kind, content };
    const quote = quotes?.get(s.id);
    if (quote) seg.quote = { originalLang: quote.originalLang, originalText: quote.originalText };
    segments.push(seg);
  }
  if (titleSegment && !titleContent) untranslated += 1;
  const input: EditionInput = {
    lang,
    title: titleContent ? plainText(titleContent).trim() : doc.title,
    authors: doc.authors,
    publishedOn: doc.publishedOn,
    sourceUrl: doc.sourceUrl,
    segments,
    alsoAvailableIn: doc.sourceUrl && lang !== doc.sourceLang ? [{ lang: doc.sourceLang, url: doc.sourceUrl }] : [],
  };
  return { input, untranslated };
}

const STYLE_VALUES: { [K in keyof HouseStyle]: readonly HouseStyle[K][] } = {
  dateFormat: ['both-months', 'levantine', 'egyptian'],
  digits: ['western', 'arabic-indic', 'persian'],
  calendar: ['gregorian', 'solar-hijri'],
  quotes: ['guillemets', 'keep'],
  isolateLatin: [true, false],
};

/** Checks house-style overrides (known options and values, printable in `lang`); `house-style-invalid` otherwise. */
export function parseHouseStyle(lang: Lang, value: unknown): Partial<HouseStyle> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AppError('house-style-invalid', {});
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const allowed = (STYLE_VALUES as Record<string, readonly unknown[]>)[k];
    if (!allowed || !allowed.includes(v)) throw new AppError('house-style-invalid', { option: k, value: String(v) });
    out[k] = v;
  }
  try {
    resolveHouseStyle(lang, out as Partial<HouseStyle>);
  } catch (err) {
    if (err instanceof PublishError) throw new AppError(err.code, err.params);
    throw err;
  }
  return out as Partial<HouseStyle>;
}

/** The house-style overrides saved for a document's edition in `lang` ({} when none). */
export async function getEditionStyle(documentId: number, lang: Lang): Promise<Partial<HouseStyle>> {
  const [r] = await sql<{ house_style: Partial<HouseStyle> }[]>`
    select house_style from edition_settings where document_id = ${documentId} and lang = ${lang}`;
  return r?.house_style ?? {};
}

/** Saves the house-style overrides of a document's edition in `lang`. */
export async function saveEditionStyle(documentId: number, lang: Lang, overrides: unknown, author = 'local'): Promise<Partial<HouseStyle>> {
  const style = parseHouseStyle(lang, overrides);
  await sql`insert into edition_settings (document_id, lang, house_style, updated_by)
    values (${documentId}, ${lang}, ${json(style)}, ${author})
    on conflict (document_id, lang) do update set house_style = excluded.house_style, updated_by = excluded.updated_by, updated_at = now()`;
  return style;
}

export interface Publication {
  id: number;
  lang: Lang;
  houseStyle: HouseStyle;
  openErrors: number;
  openWarnings: number;
  overrideReason: string | null;
  publishedBy: string;
  publishedAt: string;
}

const publicationColumns = () => sql`id, lang, house_style as "houseStyle", open_errors as "openErrors", open_warnings as "openWarnings",
  override_reason as "overrideReason", published_by as "publishedBy", to_char(published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "publishedAt"`;

/**
 * Publishes the edition of a document in `lang`: refused with `publish-blocked` {openErrors} while
 * error findings are open, unless `overrideReason` is given by an editor (`publish-override-forbidden`
 * for other roles). Records who, when, the style, the edition as published and the open counts.
 */
export async function publishEdition(input: { documentId: number; lang: Lang; author?: string; overrideReason?: string | null }): Promise<Publication> {
  const author = input.author ?? 'local';
  const qa = await runDocumentQa(input.documentId, input.lang);
  const edition = await loadEditionInput(input.documentId, input.lang);
  if (!qa || !edition) throw new AppError('document-not-found', { id: input.documentId });
  let override: string | null = null;
  if (qa.blocked) {
    if (!input.overrideReason?.trim()) throw new AppError('publish-blocked', { openErrors: qa.openErrors });
    override = cleanReason(input.overrideReason, 'publish-override');
    const [user] = await sql<{ role: string }[]>`select role from users where id = ${author}`;
    if (user?.role !== 'editor' && user?.role !== 'publisher') throw new AppError('publish-override-forbidden', { user: author });
  }
  const style = resolveHouseStyle(input.lang, await getEditionStyle(input.documentId, input.lang));
  const [row] = await sql<Publication[]>`
    insert into publications (document_id, lang, house_style, edition, open_errors, open_warnings, override_reason, published_by)
    values (${input.documentId}, ${input.lang}, ${json(style)}, ${json(edition.input)}, ${qa.openErrors}, ${qa.openWarnings}, ${override}, ${author})
    returning ${publicationColumns()}`;
  return row!;
}

/** The publications of a document in `lang`, newest first. */
export async function listPublications(documentId: number, lang: Lang): Promise<Publication[]> {
  return sql<Publication[]>`select ${publicationColumns()} from publications
    where document_id = ${documentId} and lang = ${lang} order by id desc`;
}
