import { paragraphs, quoteMarks, type QuoteMark } from './quote-marks';
import type { DetectedQuote, Range } from './types';
import { attributionOf } from './attribution';

/**
 * Quoted passages of an English source text.
 * Rules: a quote runs from an opening mark to its closing mark in the same paragraph (inner pairs
 * nest). When the paragraph ends first, the page layout broke the quote: it goes on in the first
 * later paragraph (within 8) whose first mark closes; figure captions and paragraphs in between are
 * skipped, except paragraphs that open with a quotation mark (the typographic way of continuing a
 * quote). Kept only when the quote has at least 4 words (shorter ones are scare quotes: “embark”)
 * and is not a title (every word of 4+ letters capitalized, or introduced by called/titled/entitled/named).
 */
export function detectQuotes(text: string): DetectedQuote[] {
  const marks = quoteMarks(text);
  const paras = paragraphs(text);
  const out: DetectedQuote[] = [];
  let coveredTo = 0;
  for (let k = 0; k < marks.length; k++) {
    const open = marks[k]!;
    if (!open.open || open.at < coveredTo) continue;
    const p = paras.findIndex((r) => r.start <= open.at && open.at < r.end);
    const found = closeOf(text, marks, k, paras, p);
    if (!found) continue;
    const parts = found.parts.map((r) => trim(text, r)).filter((r) => r.end > r.start);
    const quoted = parts.map((r) => text.slice(r.start, r.end).replace(/\s+/gu, ' ')).join(' ');
    const lead = leadIn(text, paras[p]!.start, open.at);
    coveredTo = found.close + 1;
    if (isScareQuote(quoted) || isTitle(quoted, text.slice(lead.start, lead.end))) continue;
    out.push({
      start: open.at,
      end: found.close + 1,
      parts,
      text: quoted,
      ...(figureAfter(text, found.close + 1) ?? figureCaption(text, found.caption)),
      ...attributionOf(text, lead),
      languages: languagesOf(text.slice(lead.start, lead.end)),
    });
  }
  return out;
}

const CAPTION = /^\s*(?:Figure|Fig\.)\s*\d+\s*:/u;

function closeOf(text: string, marks: QuoteMark[], k: number, paras: Range[], p: number): { close: number; parts: Range[]; caption?: Range } | null {
  const para = paras[p]!;
  let depth = 0;
  let q = k + 1;
  for (; q < marks.length && marks[q]!.at < para.end; q++) {
    if (marks[q]!.open) depth++;
    else if (depth > 0) depth--;
    else return { close: marks[q]!.at, parts: [{ start: marks[k]!.at + 1, end: marks[q]!.at }] };
  }
  const parts: Range[] = [{ start: marks[k]!.at + 1, end: para.end }];
  let caption: Range | undefined;
  for (let next = p + 1; next < paras.length && next <= p + 8; next++) {
    const r = paras[next]!;
    if (CAPTION.test(text.slice(r.start, r.end))) {
      caption ??= r;
      continue;
    }
    const first = marks.find((m) => m.at >= r.start && m.at < r.end);
    if (first && !first.open) return { close: first.at, parts: [...parts, { start: r.start, end: first.at }], caption };
    if (first && first.at === r.start) parts.push({ start: r.start + 1, end: r.end });
  }
  return null;
}

function trim(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The sentence before the opening mark, within its paragraph. */
function leadIn(text: string, paraStart: number, at: number): Range {
  const before = text.slice(paraStart, at);
  let start = 0;
  const end = /[.!?]["”’)]*\s+(?=\p{Lu})/gu;
  for (let m = end.exec(before); m !== null; m = end.exec(before)) start = m.index + m[0].length;
  return { start: paraStart + start, end: at };
}

function words(s: string): string[] {
  return s.match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

function isScareQuote(quoted: string): boolean {
  return words(quoted).length < 4;
}

function isTitle(quoted: string, lead: string): boolean {
  if (/(?:called|titled|entitled|named)\s*$/u.test(lead.replace(/[\s:,]+$/u, ' ').trimEnd())) return true;
  const long = words(quoted).filter((w) => w.length >= 4);
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

function figureAfter(text: string, at: number): { figure: DetectedQuote['figure'] } | undefined {
  const m = /^[\s.,;]*\((?:Figure|Fig\.)\s*(\d+)\)/u.exec(text.slice(at, at + 40));
  if (!m) return undefined;
  const start = at + m[0].lastIndexOf('(');
  return { figure: { start, end: at + m[0].length, number: Number(m[1]) } };
}

// A quote the layout split around a figure caption belongs to that figure ("Figure 1: Post from ...").
function figureCaption(text: string, caption: Range | undefined): { figure?: DetectedQuote['figure'] } {
  if (!caption) return {};
  const m = /^(\s*)((?:Figure|Fig\.)\s*(\d+))/u.exec(text.slice(caption.start, caption.end))!;
  const start = caption.start + m[1]!.length;
  return { figure: { start, end: start + m[2]!.length, number: Number(m[3]) } };
}

function languagesOf(lead: string): ('ar' | 'fa')[] {
  const out: ('ar' | 'fa')[] = [];
  if (/Arabic/u.test(lead)) out.push('ar');
  if (/Farsi|Persian/u.test(lead)) out.push('fa');
  return out;
}
