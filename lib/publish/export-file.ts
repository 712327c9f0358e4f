import type { DocumentRow } from '../documents/views';
import { documentToXliff } from '../formats/document-xliff';
import { writeXliff } from '../formats/xliff';
import type { QuoteOriginals } from '../qa/document-input';
import type { Lang } from '../text/lang';
import { editionFromDocument } from './edition-source';
import { editionFontCss } from './fonts';
import { resolveHouseStyle, type HouseStyle } from './house-style';
import { renderEditionDocx } from './render-docx';
import { renderEditionHtml } from './render-html';
import { renderEditionMarkdown } from './render-markdown';

export const EXPORT_FORMATS = ['json', 'html', 'md', 'docx', 'xliff'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xliff: 'application/xliff+xml; charset=utf-8',
};
const EXTENSIONS: Record<ExportFormat, string> = { json: 'json', html: 'html', md: 'md', docx: 'docx', xliff: 'xlf' };

/** The document and its texts in `lang` as plain JSON (sources, and targets when `lang` is not the source). */
export function documentJson(doc: DocumentRow, lang: Lang) {
  return {
    id: doc.id,
    title: doc.title,
    authors: doc.authors,
    publishedOn: doc.publishedOn,
    sourceUrl: doc.sourceUrl,
    sourceLang: doc.sourceLang,
    lang,
    segments: doc.segments.map((s) => {
      const tr = lang === doc.sourceLang ? undefined : s.translations[lang];
      return {
        id: s.id,
        position: s.position,
        kind: s.kind,
        doNotTranslate: s.doNotTranslate,
        source: { text: s.text, content: s.content, version: s.version },
        target: tr ? { text: tr.text, content: tr.content, state: tr.state, version: tr.version } : null,
      };
    }),
  };
}

/** An ASCII file name for a download: document id, language and a slug of the title. */
export function exportFileName(doc: Pick<DocumentRow, 'id' | 'title'>, lang: Lang, format: ExportFormat): string {
  const slug = doc.title.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/[^a-zA-Z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60);
  return `tarjuman-${doc.id}${slug ? `-${slug}` : ''}.${lang}.${EXTENSIONS[format]}`;
}

/**
 * A document rendered for download in `lang`: JSON, the edition (HTML with embedded fonts, Markdown,
 * DOCX) in the house style given by `overrides`, or XLIFF 2.1.
 */
export async function renderExport(doc: DocumentRow, lang: Lang, format: ExportFormat, overrides: Partial<HouseStyle>, quotes?: QuoteOriginals): Promise<ExportedFile> {
  const file = (body: string | Uint8Array): ExportedFile => ({ body, contentType: CONTENT_TYPES[format], fileName: exportFileName(doc, lang, format) });
  if (format === 'json') return file(`${JSON.stringify(documentJson(doc, lang), null, 2)}\n`);
  if (format === 'xliff') return file(writeXliff(documentToXliff(doc, lang)));
  const houseStyle = resolveHouseStyle(lang, overrides);
  const { input } = editionFromDocument(doc, lang, quotes);
  if (format === 'html') return file(renderEditionHtml(input, houseStyle, { fontCss: editionFontCss(lang) }));
  if (format === 'md') return file(renderEditionMarkdown(input, houseStyle));
  return file(await renderEditionDocx(input, houseStyle));
}
