import type { XliffDoc, XliffInline } from '../formats/xliff-types';
import { mapLang } from '../formats/lang-map';
import { plainText } from '../formats/xliff-tiptap';
import type { Lang } from '../text/lang';
import type { QaSegment } from './types';

/** What QA needs of an XLIFF file: its languages (ours, when recognized) and one segment per `<segment>`. */
export interface XliffQaInput {
  sourceLang?: Lang;
  targetLang?: Lang;
  segments: QaSegment[];
}

/** Plain text (breaks as "\n") and link hrefs (`tj:href`) of inline content. */
export function inlineText(content: XliffInline[]): { text: string; links: string[] } {
  const links: string[] = [];
  const walk = (items: XliffInline[]): void => {
    for (const item of items) {
      if (item.kind === 'pc' || item.kind === 'mrk') {
        const href = item.attrs?.['tj:href'];
        if (href) links.push(href);
        walk(item.content);
      }
    }
  };
  walk(content);
  return { text: plainText(content), links };
}

/**
 * QA segments of an XLIFF 2 document. A unit with one segment is named by the unit id, further
 * segments by "unit/segment"; with several files, ids are prefixed by the file id.
 */
export function qaInputFromXliff(doc: XliffDoc): XliffQaInput {
  const segments: QaSegment[] = [];
  const manyFiles = doc.files.length > 1;
  for (const file of doc.files) {
    for (const unit of file.units) {
      unit.segments.forEach((s, i) => {
        let unitId = unit.segments.length === 1 ? unit.id : `${unit.id}/${s.id ?? i + 1}`;
        if (manyFiles) unitId = `${file.id}/${unitId}`;
        const source = inlineText(s.source);
        const target = s.target ? inlineText(s.target) : null;
        segments.push({
          unitId,
          sourceText: source.text,
          targetText: target ? target.text : null,
          sourceLinks: source.links,
          ...(target ? { targetLinks: target.links } : {}),
        });
      });
    }
  }
  const input: XliffQaInput = { segments };
  const sourceLang = mapLang(doc.srcLang);
  const targetLang = mapLang(doc.trgLang);
  if (sourceLang) input.sourceLang = sourceLang;
  if (targetLang) input.targetLang = targetLang;
  return input;
}
