import type { Lang } from './lang';
import { isSayingWord } from './abbreviations';
import { isCloser, isLetter, isSpace, isStop, type Marks } from './segment-chars';

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const DIGIT = /\p{N}/u;
const QUOTES = /["\u201C\u201D\u00AB\u00BB]/u;

/**
 * Arabic and Farsi clause marks that end a sentence in two layouts, per line (`breaks` are the line
 * breaks already cut):
 * - a label and a colon opening a line, then a headline or a question of 3 to 12 words, then more text
 *   ("سؤال وجواب: ماذا حدث؟ ...", a dateline and source before a headline): the label is its own
 *   sentence, unless it holds a verb of saying or a word announcing a list ("قال د. علي: ...", "وهي:"),
 *   brackets or quotes, or what follows is a quotation or a number;
 * - Arabic prose with no sentence-final mark, colon or semicolon at all, written as clauses joined by
 *   commas: each comma followed by a clause of three words or more ends a sentence, when there are at
 *   least two such commas in 25 words or more (a comma before a short item of a list never does).
 */
export function markClauses(text: string, lang: Lang, breaks: number[], marks: Marks): void {
  if (lang === 'en') return;
  let from = 0;
  for (const b of [...breaks, text.length]) {
    if (b > from) {
      labelColon(text, from, b, marks);
      if (lang === 'ar') commaClauses(text, from, b, marks);
    }
    from = b + 1;
  }
}

function labelColon(text: string, from: number, to: number, marks: Marks): void {
  let first = to; // the end of the line's first sentence
  let colon = -1;
  for (let j = from + 1; j < to; j++) {
    if (marks.cut[j]) {
      first = j;
      break;
    }
    if (colon < 0 && text[j] === ':' && isSpace(text[j + 1]) && !(DIGIT.test(text[j - 1]!) && DIGIT.test(text[j + 1]!))) colon = j;
  }
  if (colon < 0) return;
  const labelText = text.slice(from, colon).trim();
  const label = labelText.split(/\s+/u);
  // A dateline (with an hour) may hold commas and up to 12 words ("الاحد, 21 فبراير/ شباط, 2010, 05:01 GMT
  // الصنداي تايمز"); any other label is a heading of a few words.
  const dated = /\p{N}{1,2}:\p{N}{2}/u.test(labelText);
  if (label.length > (dated ? 12 : 6) || (!dated && /[,\u060C]/u.test(labelText))) return;
  if (!ARABIC_SCRIPT.test(labelText) || QUOTES.test(labelText) || /[()]/u.test(labelText) || label.some(isSayingWord)) return;
  let j = colon + 1;
  while (isSpace(text[j])) j++;
  if (!isLetter(text[j])) return;
  const clause = text.slice(j, first).trim();
  let e = clause.length - 1;
  while (e > 0 && isCloser(clause[e])) e--;
  // What follows is a headline or a question (3 to 12 words); a label before a long explanation
  // ("الإجهاد العقلي: كما هو موضح أعلاه، ...") introduces it within one sentence.
  const words = clause.split(/\s+/u).length;
  if (!isStop(clause[e]) || clause.includes(':') || words < 3 || words > 12) return;
  // ... and the paragraph goes on (a label, a headline, then the story); a line "X: Y." alone stays whole.
  if (text.slice(first, to).trim() === '') return;
  marks.cut[colon + 1] = 1;
}

function commaClauses(text: string, from: number, to: number, marks: Marks): void {
  let words = 0;
  let last = '';
  const commas: number[] = []; // positions after each comma
  const wordsAt: number[] = []; // words before each comma
  for (let j = from; j < to; j++) {
    const c = text[j]!;
    if (j > from && marks.cut[j]) return;
    // A stop, a colon or a semicolon: the writer punctuates sentences, commas are only commas.
    if (c === ':' || c === '\u061B' || (isStop(c) && (j + 1 === text.length || isSpace(text[j + 1]) || isCloser(text[j + 1])))) return;
    if (!isSpace(c)) last = c;
    if (!isSpace(c) && (j === from || isSpace(text[j - 1]))) words++;
    if (c === '\u060C' && isSpace(text[j + 1])) {
      commas.push(j + 1);
      wordsAt.push(words);
    }
  }
  if (words < 25 || last === '\u060C') return; // a clause cut short is no run of sentences
  const chosen: number[] = [];
  for (let k = 0; k < commas.length; k++) {
    const clause = (k + 1 < commas.length ? wordsAt[k + 1]! : words) - wordsAt[k]!;
    if (clause >= 3) chosen.push(commas[k]!);
  }
  if (chosen.length >= 2) for (const c of chosen) marks.cut[c] = 1;
}
