import type { Lang } from './lang';
import { isCloser, isSpace, isStop, nextWord, type Marks } from './segment-chars';

/**
 * Line breaks. A blank line always ends a sentence. A single line break ends one too (a headline,
 * a list item, a line of a poem), unless it only wraps a sentence: the line before ends with a comma
 * or a hyphen, or the next line goes on in lower case after a line ending with a space or before a
 * stop still to come in the same paragraph ("It was a cold \nnight in the city.").
 * Returns the positions of the breaks that were cut (the paragraphs and lines later passes work in).
 */
export function markLines(text: string, lang: Lang, marks: Marks): number[] {
  const breaks: number[] = [];
  // The next stop followed by whitespace (or the end) and the next blank line, at or after the current
  // line; text.length when there is none. Both only move forward, so the scans stay linear.
  let stopAt = -1;
  let blankAt = -1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (j < text.length && text[j] !== '\n' && isSpace(text[j])) j++;
    if (j < text.length && text[j] === '\n') {
      marks.cut[i] = 1;
      breaks.push(i);
      while (j < text.length && isSpace(text[j])) j++;
      i = j - 1;
      continue;
    }
    let p = i - 1;
    if (text[p] === '\r') p--;
    const spaceBefore = isSpace(text[p]);
    while (p >= 0 && text[p] !== '\n' && isSpace(text[p])) p--;
    const last = text[p];
    const next = nextWord(text, i + 1);
    if (p < 0 || last === '\n' || next.kind === 'end') continue; // nothing before or after: not a break
    if (stopAt < i) stopAt = nextStop(text, i);
    if (blankAt < i) blankAt = nextBlank(text, i);
    const stopAhead = stopAt < blankAt;
    const endsSentence = isStop(last) || (isCloser(last) && isStop(text[p - 1]));
    const connector = last === ',' || last === '\u060C' || last === '-' || last === '\u2010';
    const goesOn =
      next.kind === 'lower' || (next.kind === 'uncased' && lang !== 'en' && spaceBefore && stopAhead);
    const wrap = !endsSentence && (connector || (goesOn && (spaceBefore || stopAhead)));
    if (!wrap) {
      marks.cut[i] = 1;
      breaks.push(i);
    }
  }
  return breaks;
}

/** The first stop at or after `from` that is followed by whitespace or the end, or text.length. */
function nextStop(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (isStop(text[j]) && (j + 1 === text.length || isSpace(text[j + 1]) || isCloser(text[j + 1]))) return j;
  }
  return text.length;
}

/** The first blank line (a line break, optional spaces, a line break) at or after `from`, or text.length. */
function nextBlank(text: string, from: number): number {
  for (let j = text.indexOf('\n', from); j !== -1; j = text.indexOf('\n', j + 1)) {
    let k = j + 1;
    while (k < text.length && text[k] !== '\n' && isSpace(text[k])) k++;
    if (text[k] === '\n') return j;
  }
  return text.length;
}
