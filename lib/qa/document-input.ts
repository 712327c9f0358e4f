import type { PmNode } from '../documents/types';
import type { DocumentRow } from '../documents/views';
import type { Lang } from '../text/lang';
import type { QaSegment } from './types';

/** The original wording of quoted segments, by segment id (what quote-not-original compares with). */
export type QuoteOriginals = Map<number, { originalLang: 'ar' | 'fa'; originalText: string }>;

/** The hrefs of the link marks in a Tiptap doc, in order, each once. */
export function linkHrefs(node: PmNode | null | undefined): string[] {
  const out: string[] = [];
  const walk = (n: PmNode) => {
    for (const m of n.marks ?? []) if (m.type === 'link' && typeof m.attrs?.href === 'string') out.push(m.attrs.href);
    n.content?.forEach(walk);
  };
  if (node) walk(node);
  return [...new Set(out)];
}

/**
 * What QA checks of a stored document in one target language: its live, translatable segments
 * (unitId = segment id, texts, link hrefs, quote originals). Do-not-translate segments are printed
 * as written: there is nothing to check.
 */
export function qaSegments(doc: DocumentRow, lang: Lang, quotes?: QuoteOriginals): QaSegment[] {
  const segments: QaSegment[] = [];
  for (const s of doc.segments) {
    if (s.doNotTranslate) continue;
    const tr = s.translations[lang];
    const seg: QaSegment = { unitId: String(s.id), sourceText: s.text, targetText: tr ? tr.text : null, sourceLinks: linkHrefs(s.content) };
    if (tr) seg.targetLinks = linkHrefs(tr.content);
    const quote = quotes?.get(s.id);
    if (quote) seg.quote = quote;
    segments.push(seg);
  }
  return segments;
}
