import { detectQuotes } from './detect-quotes';
import type { DetectedQuote, QuoteRow } from './types';

/** A live segment of a document as quotes see it. */
export interface LiveSegment {
  id: number;
  position: number;
  kind: string;
  text: string;
}

/** Segments are joined with this separator in the document text that detection and anchors work on. */
export const SEGMENT_JOINER = '\n\n';

/** Where a quote is stored: from (segment, offset) to (segment, offset), and the words it covered. */
export interface StoredAnchor {
  segmentId: number;
  start: number;
  endSegmentId: number;
  end: number;
  sourceText: string;
}

/** The document text and where each segment starts in it. */
export function documentText(segments: readonly { id: number; text: string }[]): { text: string; starts: Map<number, number> } {
  const starts = new Map<number, number>();
  let at = 0;
  for (const s of segments) {
    starts.set(s.id, at);
    at += s.text.length + SEGMENT_JOINER.length;
  }
  return { text: segments.map((s) => s.text).join(SEGMENT_JOINER), starts };
}

/** Maps a document offset to (segment id, offset in its text); an offset in a joiner goes to the next segment's start. */
export function segmentAt(segments: readonly { id: number; text: string }[], starts: Map<number, number>, offset: number, isEnd: boolean) {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const from = starts.get(s.id)!;
    const to = from + s.text.length;
    if (offset <= to && (offset >= from || (!isEnd && i > 0))) return { segmentId: s.id, offset: Math.max(0, Math.min(offset - from, s.text.length)) };
  }
  const last = segments[segments.length - 1];
  return last ? { segmentId: last.id, offset: last.text.length } : null;
}

// Whitespace may change when segments are merged (the joiner becomes a space): match any run of it.
function findAgain(text: string, words: string, near: number): [number, number] | null {
  const pattern = new RegExp(words.trim().split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s+'), 'gu');
  let best: [number, number] | null = null;
  for (const m of text.matchAll(pattern)) {
    if (!best || Math.abs(m.index - near) < Math.abs(best[0] - near)) best = [m.index, m.index + m[0].length];
  }
  return best;
}

/** Where a stored quote is now: its stored anchor while its words are still there, else its words found again nearby; null when gone. */
export function locate(q: StoredAnchor, segments: readonly { id: number; text: string }[], doc = documentText(segments)): QuoteRow['anchor'] {
  const a = doc.starts.get(q.segmentId);
  const b = doc.starts.get(q.endSegmentId);
  if (a !== undefined && b !== undefined && doc.text.slice(a + q.start, b + q.end) === q.sourceText) {
    return { segmentId: q.segmentId, start: q.start, endSegmentId: q.endSegmentId, end: q.end };
  }
  const found = findAgain(doc.text, q.sourceText, (a ?? 0) + q.start);
  if (!found) return null;
  const s = segmentAt(segments, doc.starts, found[0], false)!;
  const e = segmentAt(segments, doc.starts, found[1], true)!;
  return { segmentId: s.segmentId, start: s.offset, endSegmentId: e.segmentId, end: e.offset };
}

/** Quotes anchored where their words are now, in reading order (gone ones last). */
export function anchorQuotes<Q extends StoredAnchor & { id: number }>(rows: Q[], segments: readonly { id: number; text: string }[]): (Omit<Q, 'segmentId' | 'start' | 'endSegmentId' | 'end'> & { anchor: QuoteRow['anchor'] })[] {
  const doc = documentText(segments);
  const out = rows.map(({ segmentId, start, endSegmentId, end, ...q }) => ({ ...q, anchor: locate({ segmentId, start, endSegmentId, end, sourceText: q.sourceText }, segments, doc) }));
  const at = (q: { anchor: QuoteRow['anchor'] }) => (q.anchor ? doc.starts.get(q.anchor.segmentId)! + q.anchor.start : Number.MAX_SAFE_INTEGER);
  return out.sort((x, y) => at(x) - at(y) || x.id - y.id);
}

/** True when the quote is the whole segment (apart from quotation marks, a figure reference and punctuation). */
export function coversSegment(segmentText: string, start: number, end: number): boolean {
  const rest = segmentText.slice(0, start) + segmentText.slice(end);
  return rest.replace(/\((?:Figure|Fig\.)\s*\p{N}+\)/gu, '').replace(/[\s\p{P}]/gu, '') === '';
}

/**
 * The original wording of each segment that is a quote as a whole (or of kind `quote`), keyed by segment
 * id: what QA's `quote-not-original` and the edition compare with and print. A quote inside a sentence is
 * carried by the `originalWording` mark in the target instead.
 */
export function wholeSegmentOriginals(quotes: QuoteRow[], segments: LiveSegment[]): Map<number, { originalLang: 'ar' | 'fa'; originalText: string }> {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const out = new Map<number, { originalLang: 'ar' | 'fa'; originalText: string }>();
  for (const q of quotes) {
    if (!q.anchor || !q.originalLang || q.originalText.trim() === '' || q.anchor.segmentId !== q.anchor.endSegmentId) continue;
    const seg = byId.get(q.anchor.segmentId);
    if (seg && (seg.kind === 'quote' || coversSegment(seg.text, q.anchor.start, q.anchor.end))) {
      out.set(seg.id, { originalLang: q.originalLang, originalText: q.originalText });
    }
  }
  return out;
}

/** A quoted stretch of the document text (offsets in the joined text of `documentText`). */
export interface DetectedSpan {
  start: number;
  end: number;
  /** The quoted words when the span encloses other text (captions, page layout). */
  words?: string;
  figure?: string;
  saidBy?: string;
  originalLang?: 'ar' | 'fa';
}

/** Detected quotes as stored spans: from the first quoted word to the last, with figure, speaker and a sole named language. */
export function spansOf(detected: DetectedQuote[]): DetectedSpan[] {
  return detected
    .filter((q) => q.parts.length > 0)
    .map((q) => ({
      start: q.parts[0]!.start,
      end: q.parts[q.parts.length - 1]!.end,
      words: q.text,
      figure: q.figure ? String(q.figure.number) : undefined,
      saidBy: q.attribution?.speaker,
      originalLang: q.languages.length === 1 ? q.languages[0] : undefined,
    }));
}

/** A detected quote ready to store: anchored in segments by id. */
export interface DetectedQuoteRow extends StoredAnchor {
  words: string;
  figure: string;
  saidBy: string;
  originalLang: 'ar' | 'fa' | null;
  /** The original wording and its provenance, when it is known at import (a sample's sidecar). */
  original?: QuoteOriginal;
}

/** A quote's original wording and where it was posted. */
export interface QuoteOriginal {
  originalLang: 'ar' | 'fa';
  originalText: string;
  /** The whole post when the quote renders only part of it ('' when not given). */
  originalPost: string;
  /** Where the original sits in the post (UTF-16 offsets), when a post is given. */
  stretch: [number, number] | null;
  saidBy?: string;
  account: string;
  platform: string;
  postedOn: string | null;
  url: string;
}

/** Detects the quotes of a document's segments and anchors each (segment ids may be draft positions). */
export function detectQuoteRows(segments: readonly { id: number; text: string }[], detect: (text: string) => DetectedSpan[] = (t) => spansOf(detectQuotes(t))): DetectedQuoteRow[] {
  const doc = documentText(segments);
  return detect(doc.text)
    .filter((d) => d.end > d.start && doc.text.slice(d.start, d.end).trim() !== '')
    .map((d) => {
      const s = segmentAt(segments, doc.starts, d.start, false)!;
      const e = segmentAt(segments, doc.starts, d.end, true)!;
      const sourceText = doc.text.slice(d.start, d.end);
      return {
        segmentId: s.segmentId, start: s.offset, endSegmentId: e.segmentId, end: e.offset, sourceText,
        words: d.words && d.words !== sourceText ? d.words : '', figure: d.figure ?? '', saidBy: d.saidBy ?? '', originalLang: d.originalLang ?? null,
      };
    });
}

/**
 * A selection of the translator as a new quote's anchor and words; throws `segment-not-found`,
 * `quote-empty-selection` or `quote-overlaps` (with the id of the quote it overlaps).
 */
export function checkNewQuote(segments: LiveSegment[], quotes: QuoteRow[], a: { segmentId: number; start: number; endSegmentId: number; end: number }): string {
  const doc = documentText(segments);
  const from = doc.starts.get(a.segmentId);
  const to = doc.starts.get(a.endSegmentId);
  if (from === undefined || to === undefined) throw new QuoteAnchorError('segment-not-found', { id: from === undefined ? a.segmentId : a.endSegmentId });
  const start = from + a.start;
  const end = to + a.end;
  const words = doc.text.slice(start, end);
  if (end <= start || words.trim() === '' || a.start > segments.find((s) => s.id === a.segmentId)!.text.length) throw new QuoteAnchorError('quote-empty-selection');
  for (const q of quotes) {
    if (!q.anchor) continue;
    const qs = doc.starts.get(q.anchor.segmentId)! + q.anchor.start;
    const qe = doc.starts.get(q.anchor.endSegmentId)! + q.anchor.end;
    if (qs < end && start < qe) throw new QuoteAnchorError('quote-overlaps', { id: q.id });
  }
  return words;
}

/** A selection that cannot become a quote: a code and its parameters. */
export class QuoteAnchorError extends Error {
  constructor(
    readonly code: 'segment-not-found' | 'quote-empty-selection' | 'quote-overlaps',
    readonly params: Record<string, number> = {},
  ) {
    super(code);
    this.name = 'QuoteAnchorError';
  }
}
