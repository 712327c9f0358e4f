import { escapeXml } from '../formats/xml';
import { dirOf, type Lang } from '../text/lang';
import { targetLangs } from './target-langs';
import type { DocumentRow } from './views';

/**
 * The document's rows as one static HTML page without any script: the source text and an editable box
 * per target language. The editor benchmark's yardstick (bench/editor.mjs): what the same server and
 * browser need to show the same text and take a keystroke, with no editor at all.
 */
export function plainDocumentHtml(doc: DocumentRow): string {
  const targets = targetLangs(doc.sourceLang);
  const cell = (lang: Lang, text: string, editable: boolean) =>
    `<td lang="${lang}" dir="${dirOf(lang)}" data-lang="${lang}">${editable ? `<div contenteditable="true" role="textbox">${escapeXml(text)}</div>` : escapeXml(text)}</td>`;
  const rows = doc.segments.map(
    (s) => `<tr data-testid="segment" data-segment-id="${s.id}">${cell(doc.sourceLang, s.text, false)}${targets.map((l) => cell(l, s.translations[l]?.text ?? '', true)).join('')}</tr>`,
  );
  return [
    '<!doctype html>',
    `<html lang="${doc.sourceLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`,
    `<title>${escapeXml(doc.title)}</title>`,
    '<style>body{font-family:sans-serif;margin:1rem}table{border-collapse:collapse;width:100%;table-layout:fixed}td{border-bottom:1px solid #ddd;padding:.25rem .5rem;vertical-align:top;white-space:pre-wrap}</style>',
    `</head><body><h1 lang="${doc.sourceLang}">${escapeXml(doc.title)}</h1><table><tbody>`,
    ...rows,
    '</tbody></table></body></html>',
  ].join('\n');
}
