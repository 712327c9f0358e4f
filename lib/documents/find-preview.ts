import type { FindOptions } from '../text/find';
import type { Lang } from '../text/lang';
import { plainText } from './plain-text';
import { findInDoc, replaceInDoc } from './replace-in-doc';
import type { PmNode } from './types';

/** Why a hit or a segment is left alone: a locked original, a hit over a line break or an inline node, a text changed since the preview. */
export type ReplaceSkipReason = 'locked' | 'crosses-nodes' | 'changed';

/** One hit in a segment's plain text (UTF-16 offsets); `skip` when replace-all will leave it. */
export interface PreviewHit {
  start: number;
  end: number;
  matchStart: number;
  matchEnd: number;
  skip?: Exclude<ReplaceSkipReason, 'changed'>;
}

/** A segment with hits: its position in the document, the version the preview read, its text. */
export interface SegmentHits {
  segmentId: number;
  n: number;
  version: number;
  text: string;
  hits: PreviewHit[];
}

/** What the find page shows: every hit in context, the totals, and whether the actor may replace. */
export interface FindPreview {
  lang: Lang;
  isSource: boolean;
  canReplace: boolean;
  segments: SegmentHits[];
  hits: number;
  skipped: number;
}

/** What a replace-all did: segments and hits changed, and what it left, per segment. */
export interface ReplaceOutcome {
  changedSegments: number;
  replaced: number;
  skipped: { segmentId: number; n: number; reason: ReplaceSkipReason; hits: number }[];
}

/** One stored text of a segment, as find reads it. */
export interface FindableText {
  segmentId: number;
  n: number;
  version: number;
  content: PmNode | null;
  text: string;
}

/** A Tiptap doc of a plain text (a target stored before it had content). */
export const docOfText = (content: PmNode | null, text: string): PmNode =>
  content ?? { type: 'doc', content: text.split('\n').map((line) => ({ type: 'paragraph', ...(line ? { content: [{ type: 'text', text: line }] } : {}) })) };

/** The segments with hits of `query`, each hit marked with what replace-all (by `replacement`) would leave. */
export function previewHits(texts: Iterable<FindableText>, query: string, lang: Lang, options: FindOptions, replacement = ''): { segments: SegmentHits[]; hits: number; skipped: number } {
  const segments: SegmentHits[] = [];
  let hits = 0;
  let skipped = 0;
  for (const s of texts) {
    const content = docOfText(s.content, s.text);
    const found = findInDoc(content, query, lang, options);
    if (found.length === 0) continue;
    const skipOf = new Map(replaceInDoc(content, found, replacement).skipped.map((k) => [k.hit, k.reason]));
    const list = found.map((h): PreviewHit => {
      const skip = skipOf.get(h);
      return skip ? { start: h.start, end: h.end, matchStart: h.matchStart, matchEnd: h.matchEnd, skip } : { start: h.start, end: h.end, matchStart: h.matchStart, matchEnd: h.matchEnd };
    });
    hits += list.length;
    skipped += skipOf.size;
    segments.push({ segmentId: s.segmentId, n: s.n, version: s.version, text: plainText(content), hits: list });
  }
  return { segments, hits, skipped };
}
