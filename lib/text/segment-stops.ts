import type { Lang } from './lang';
import { abbreviationKind, isContinuation, isLetterLabel, isNameLead, isPhraseOpener, isSentenceStarter, isTimeWord } from './abbreviations';
import { atSentenceStart, isCloser, isLetter, isOpener, isSpace, isStop, nextWord, type Marks, type Next } from './segment-chars';

// A run of stops, or a spaced ellipsis (". . ." and ". . . ."); all in the BMP, so no u flag (a faster scan).
const STOPS = /\.(?:[ \u00A0]\.){2,}|[.!?\u2026\u061F\u06D4\u061E\u203C\u2047-\u2049\uFE52\uFF0E\uFF01\uFF1F]+/g;
/** A short reference with a number, "(Figure 3).", "(Smith 55).", "(شکل ۴).", belongs to the sentence before it. */
const REFERENCE = /^\((?=[^()\n]*\p{N})[^()\n]{1,30}\)\s*[.!?\u061F\u06D4]/u;
const NUMBER = /^[\p{Sc}#+\-\u2212\u00B1~\u2248]?\p{N}[\p{N}.,\u066B\u066C:/\-\u2013]*[%\u066A\u2030]?$/u;
const HEADING_NUMBER = /^\p{N}{1,3}(?:\.\p{N}{1,3})*$/u;
/** U.S., e.g., a.m., Ph.D., ق.م., ه.ش.: pieces of one or two letters joined by stops. */
const DOTTED = /^(?:[\p{L}\p{M}]{1,2}\.)+[\p{L}\p{M}]{1,2}$/u;
const ADDRESS = /[@/\\]|^www\./iu;
const LOWER = /\p{Ll}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LATIN = /\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;
const DIGIT = /\p{N}/u;

/** Decides every stop of the text (full stops, ? !, ellipses, Arabic ؟ and ۔) and marks the ends. */
export function markStops(text: string, lang: Lang, marks: Marks): void {
  STOPS.lastIndex = 0;
  for (let m = STOPS.exec(text); m !== null; m = STOPS.exec(text)) {
    const at = m.index;
    const stops = m[0];
    let end = at + stops.length;
    while (end < text.length && isCloser(text[end]) && end - at < stops.length + 4) end++;
    const cut = decide(text, lang, at, stops, end, marks);
    if (cut >= 0) marks.cut[cut] = 1;
  }
}

/** Where the sentence ends for the stops at [at, end) (closers included), or -1 when it goes on. */
function decide(text: string, lang: Lang, at: number, stops: string, end: number, marks: Marks): number {
  if (marks.hold[at]) return -1;
  const dots = stops.includes('\u2026') ? 3 : stops.replace(/[^.]/gu, '').length;
  const ellipsis = dots >= 3 && /^[.\u2026 \u00A0]+$/u.test(stops); // ".." is a doubled stop
  if (end < text.length && !isSpace(text[end])) return !ellipsis && end === at + stops.length && glued(text, at, end) ? end : -1;
  const next = nextWord(text, end);
  if (next.kind === 'end') return end;
  let j = end;
  while (isSpace(text[j])) j++;
  if (text[j] === '(' && REFERENCE.test(text.slice(j, j + 40))) return -1;
  // Lower case goes on ("approx. five", "...or grants us", "Yahoo! in"); in Arabic and Farsi only
  // after a Latin word, since a Latin word may open a sentence there ("نشدند. beta-CoVها").
  if (next.kind === 'lower' && (lang === 'en' || LATIN.test(text[at - 1] ?? ''))) return -1;
  if (ellipsis) return ellipsisEnd(text, lang, at, stops, end, dots, next);
  if (stops !== '.' && stops !== '\uFF0E' && stops !== '\uFE52') return end;
  if (end > at + 1) return end; // a full stop inside quotes or brackets
  return periodEnds(text, lang, at, next, marks) ? end : -1;
}

/**
 * An ellipsis: in Arabic and Farsi a pause unless Latin text follows (no letter case tells a pause from
 * an end). One spaced off the word before it marks words left out inside a sentence ("is . . . I"); one
 * attached to the word can end it ("waited... Then"); four dots are a full stop and an ellipsis, and
 * when the stop is attached ("units. . . . The") the ellipsis opens the next sentence.
 */
function ellipsisEnd(text: string, lang: Lang, at: number, stops: string, end: number, dots: number, next: Next): number {
  if (lang !== 'en' && !next.latin) return -1;
  const before = text[at - 1];
  if (before === '[' || before === '(') return -1;
  const attached = at > 0 && !isSpace(before);
  if (dots >= 4) return attached && stops.includes(' ') ? at + 1 : end;
  return attached ? end : -1;
}

/** Whether a single full stop followed by whitespace ends the sentence, from the word before it. */
function periodEnds(text: string, lang: Lang, at: number, next: Next, marks: Marks): boolean {
  let s = at;
  while (s > 0 && !isSpace(text[s - 1]) && !marks.cut[s] && at - s < 64) s--; // "Tuesday.Mr." reads Mr.
  while (s < at && isOpener(text[s])) s++;
  const raw = text.slice(s, at);
  if (raw === '' || isCloser(raw[raw.length - 1]) || ADDRESS.test(raw)) return true;
  if (NUMBER.test(raw)) return !(HEADING_NUMBER.test(raw) && atSentenceStart(text, s, marks)); // 1. Introduction
  const word = raw.replace(/\u0640/gu, '');
  const lower = word.toLowerCase();
  const kind = abbreviationKind(lower);
  if (kind === 'number') return next.kind !== 'digit';
  if (kind === 'never-end') return false;
  if (kind === 'list') return true;
  const before = previousWord(text, s);
  const afterNumber = DIGIT.test(before[before.length - 1] ?? '');
  if (ARABIC.test(word) && (DOTTED.test(word) || letters(word) === 1)) return rtlAbbreviationEnds(lang, word, before, afterNumber, next);
  if (kind === 'title') return afterNumber && mayEnd(text, s, next); // Mr. Smith; but 5 ft. The
  if (lower === 'a.m' || lower === 'p.m') return next.kind !== 'upper' || (!isTimeWord(next.word) && !shortOpening(text, s));
  if (kind === 'may-end' || DOTTED.test(word)) return mayEnd(text, s, next);
  if (letters(word) === 1) {
    // Initials: "J. Smith" opens a sentence and "Albert I. Jones" goes on, "you and I. Did" ends one,
    // and after a common noun the letter is a name's end only rarely ("vitamin D. Large").
    if (atSentenceStart(text, s, marks)) return false;
    if (LOWER.test(before[0] ?? '') && !isNameLead(before)) return true;
    return mayEnd(text, s, next);
  }
  return true;
}

const letters = (word: string): number => [...word.replace(/\p{M}/gu, '')].length;

/**
 * Arabic-script abbreviations (د. م. أ. ص. ق.م. ه.ش.) stand before a name and never end a sentence,
 * except a letter naming a kind (فيتامين د.) and an era or hour after a number: in Arabic (verb first)
 * that often closes the sentence (توفي عام ١٩٦٥ م.) unless a preposition carries it on (م. في القاهرة);
 * in Farsi (verb last) the verb is still to come (در سال ۱۳۵۷ ه.ش. به تهران آمد).
 */
function rtlAbbreviationEnds(lang: Lang, word: string, before: string, afterNumber: boolean, next: Next): boolean {
  if (letters(word) === 1 && isLetterLabel(before)) return true;
  if (!afterNumber || lang === 'fa') return false;
  return next.kind !== 'uncased' || !isContinuation(next.word);
}

/** After an abbreviation that can close a sentence: it does before a usual sentence opener or an uncased word. */
function mayEnd(text: string, s: number, next: Next): boolean {
  if (next.kind === 'uncased') return true;
  if (next.kind !== 'upper') return false; // a number, a dash or a symbol goes on: "the U.S. - and"
  return isSentenceStarter(next.word) && !shortOpening(text, s);
}

/** Whether the sentence so far is only a short phrase opened by a preposition ("At 5 a.m."). */
function shortOpening(text: string, s: number): boolean {
  let j = s;
  let first = '';
  for (let k = 0; k < 3; k++) {
    let e = j;
    while (e > 0 && text[e - 1] !== '\n' && isSpace(text[e - 1])) e--;
    if (e === 0 || text[e - 1] === '\n' || isStop(text[e - 1])) return k > 0 && isPhraseOpener(first);
    let b = e;
    while (b > 0 && !isSpace(text[b - 1]) && e - b < 32) b--;
    first = text.slice(b, e);
    j = b;
  }
  return false;
}

/** The word before position s on the same line (at most 32 characters), or ''. */
function previousWord(text: string, s: number): string {
  let e = s;
  while (e > 0 && text[e - 1] !== '\n' && isSpace(text[e - 1])) e--;
  let b = e;
  while (b > 0 && !isSpace(text[b - 1]) && e - b < 32) b--;
  return text.slice(b, e);
}

/**
 * A stop glued to the next word: "world.Today", "1,000.That", "صحيح؟نعم", "بنفسه.العقل" end a sentence;
 * addresses (Jane.Doe@example.com, example.com/a?B), abbreviations (Mr.Smith, U.S.A) and numbers do not.
 */
function glued(text: string, at: number, end: number): boolean {
  let r = end;
  while (r < text.length && r - end < 24 && isLetter(text[r])) r++;
  const right = text.slice(end, r);
  if (right.length < 2) return false;
  let ts = at;
  while (ts > 0 && !isSpace(text[ts - 1]) && at - ts < 64) ts--;
  let te = r;
  while (te < text.length && !isSpace(text[te]) && te - r < 64) te++;
  if (/[@/\\:]|www\./iu.test(text.slice(ts, te))) return false;
  let l = at;
  while (l > ts && isLetter(text[l - 1])) l--;
  const left = text.slice(l, at);
  const question = text[at] !== '.' && text[at] !== '\uFF0E';
  // After a number, a full stop glued to a word ends the sentence ("1,000.That", "كوفيد-19.وفي"); a
  // question or exclamation mark after no letters belongs to a name ("!StopKorona").
  if (left === '') return !question && DIGIT.test(text[at - 1] ?? '') && !LOWER.test(right[0]!);
  if (LATIN.test(right[0]!)) {
    if (!UPPER.test(right[0]!) || !isLetter(right[1])) return false; // Today, SARS; not a lone capital
    if (question) return true;
    // A word of two letters or more (not an abbreviation, not a piece of U.S.A): "world.Today", "NATO.The".
    return (left.length >= 3 || (left.length === 2 && LOWER.test(left[1]!))) && !text.slice(ts, l).includes('.') &&
      abbreviationKind(left.toLowerCase()) === undefined;
  }
  return !LATIN.test(left) && (question || left.length >= 2) && !UPPER.test(right[0]!) && !LOWER.test(right[0]!);
}
