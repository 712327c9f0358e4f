import type { Lang } from './lang';

/** A stretch of the original text: [start, end) in UTF-16 units and its text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

// A sentence end: full stops (. and the Arabic ۔ U+06D4), ? ! and the Arabic ؟, ellipses, the Arabic
// triple dot ؞ (U+061E); then closing quotes, brackets and Markdown emphasis. ، and ؛ (comma,
// semicolon) never end a sentence; neither does ٫, the Arabic decimal separator.
const END = /[.!?\u2026\u061F\u06D4\u061E\u203C\u2047-\u2049\uFE52\uFF0E\uFF01\uFF1F]+["'\u201D\u2019\u00BB\u203A)\]}*_]*/gu;
const PARAGRAPH = /\n[^\S\n]*\n/gu;
const WS = /\s/u;

/** English abbreviations after which a full stop does not end a sentence (compared lower-cased). */
const EN_ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep pres amb rev fr hon st mt ft jr sr ' +
    'inc ltd co corp bros dept est univ assn vs etc approx fig figs al cf ca ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun').split(' '),
);
/** Abbreviations that hold the sentence only before a number (No. 5, p. 12). */
const BEFORE_NUMBER = new Set(['no', 'nos', 'p', 'pp', 'vol', 'art', 'para', 'ch', 'sec']);
/** "(Figure 3)." and the like after a closing quote belong to the sentence before them. */
const REFERENCE = /^\([^()\n]{1,60}\)\s*[.!?\u061F\u06D4]/u;

/** Sentences of a paragraph; the spans and the whitespace between them rebuild the input exactly. */
export function splitSentences(text: string, lang: Lang): Span[] {
  const cuts: number[] = [];
  PARAGRAPH.lastIndex = 0;
  for (let m = PARAGRAPH.exec(text); m !== null; m = PARAGRAPH.exec(text)) cuts.push(m.index);
  END.lastIndex = 0;
  for (let m = END.exec(text); m !== null; m = END.exec(text)) {
    const after = m.index + m[0].length;
    if (after < text.length && !WS.test(text[after]!)) continue; // 3.5, e.g.x, Kadhimi...This, URLs
    if (after === text.length || endsSentence(text, lang, m.index, m[0], after)) cuts.push(after);
  }
  cuts.sort((a, b) => a - b);
  const spans: Span[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut < from) continue;
    pushTrimmed(text, from, cut, spans);
    from = cut;
  }
  return spans;
}

function endsSentence(text: string, lang: Lang, at: number, mark: string, after: number): boolean {
  let next = after;
  while (next < text.length && WS.test(text[next]!)) next++;
  if (next === text.length) return true;
  const rest = text.slice(next, next + 80);
  if (REFERENCE.test(rest)) return false;
  const c = String.fromCodePoint(text.codePointAt(next)!);
  const latinNext = /\p{Script=Latin}/u.test(c);
  if (/^\p{Ll}/u.test(c)) return false; // lower case goes on: "approx. five", "...or grants us"
  const stops = mark.replace(/["'\u201D\u2019\u00BB\u203A)\]}*_]+$/u, '');
  const ellipsis = stops === '\u2026' || /^\.{2,}$/u.test(stops);
  // In Arabic and Farsi prose an ellipsis is a pause, not an end (no letter case tells them apart).
  if (ellipsis) return lang === 'en' || latinNext;
  if (stops !== '.' || mark !== '.') return true;
  const word = /[\p{L}\p{M}.]*\p{L}\p{M}*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? '';
  if (word === '') return true;
  if (word.includes('.')) return false; // U.S., e.g., ق.م.
  const bare = word.replace(/\p{M}/gu, '');
  if ([...bare].length === 1) return false; // initials and one-letter abbreviations: J. Smith, د. علي
  const lower = bare.toLowerCase();
  if (EN_ABBREVIATIONS.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && /^\p{N}/u.test(c)) return false;
  return true;
}

function pushTrimmed(text: string, from: number, to: number, spans: Span[]): void {
  while (from < to && WS.test(text[from]!)) from++;
  while (to > from && WS.test(text[to - 1]!)) to--;
  if (to > from) spans.push({ start: from, end: to, text: text.slice(from, to) });
}
