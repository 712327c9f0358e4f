import type { Lang } from './lang';
import { isSpace, type Marks } from './segment-chars';
import { markClauses } from './segment-clauses';
import { markLines } from './segment-lines';
import { markLists } from './segment-lists';
import { markStops } from './segment-stops';

/** A stretch of the original text: [start, end) in UTF-16 units and its text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Sentences of a text; the spans and the whitespace between them rebuild the input exactly.
 * Passes, each linear in the text: line breaks, bullets and numbered lists, stops (with
 * abbreviations, numbers, ellipses, addresses), then the Arabic and Farsi label colon and comma
 * clauses. docs/language-core.md lists the rules and the decisions behind them.
 */
export function splitSentences(text: string, lang: Lang): Span[] {
  const marks: Marks = { cut: new Uint8Array(text.length + 1), hold: new Uint8Array(text.length + 1) };
  const breaks = markLines(text, lang, marks);
  markLists(text, marks);
  markStops(text, lang, marks);
  markClauses(text, lang, breaks, marks);
  const spans: Span[] = [];
  let from = 0;
  for (let i = marks.cut.indexOf(1, 1); i !== -1; i = marks.cut.indexOf(1, i + 1)) {
    pushTrimmed(text, from, i, spans);
    from = i;
  }
  pushTrimmed(text, from, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, from: number, to: number, spans: Span[]): void {
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  if (to > from) spans.push({ start: from, end: to, text: text.slice(from, to) });
}
