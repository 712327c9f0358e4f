import { asciiDigits } from './numbers';
import { atSentenceStart, BULLETS, isBullet, isLetter, isSpace, type Marks } from './segment-chars';

// A list marker: 1. 2) 3.) a. b) iv. أ- ب) الف) ۱- ... followed by whitespace. "(1) ... (2) ..." is
// left out: in running text it enumerates inside one sentence. Found from its closing mark (a cheap
// scan), then its label read backwards.
const MARKER_END = /(?:\.\)|[.)\-\u2013])(?=\s)/g;
const LABEL = /^(?:[0-9\u0660-\u0669\u06F0-\u06F9]{1,3}|[a-zA-Z]|[ivxIVX]{2,4}|\u0627\u0644\u0641|[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]\u0640?)$/u;
const BULLET = new RegExp(`[${BULLETS}]`, 'g'); // no u flag: a plain scan of code units, all in the BMP
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };
// Letters counted in abjad order (أ ب ج د ...) and in Persian alphabetical order (الف ب پ ت ...).
const ABJAD = ['ا', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي'];
const ALEFBA = ['ا', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ', 'ح', 'خ', 'د'];

interface Marker {
  start: number;
  end: number;
  /** Position of the marker's full stop (1. and 1.), or -1. */
  dot: number;
  /** Readings of the marker: a counting system with the marker's punctuation, and its value. */
  readings: [string, number][];
  head: boolean;
}

/** The readings of a marker's label: a number, a Latin letter, a roman numeral or an Arabic-script letter. */
function readings(label: string, style: string): [string, number][] {
  const out: [string, number][] = [];
  if (/^\p{Nd}+$/u.test(label)) out.push([`n${style}`, Number(asciiDigits(label))]);
  else if (/^[a-z]$/u.test(label)) out.push([`a${style}`, label.charCodeAt(0) - 96]);
  else if (/^[A-Z]$/u.test(label)) out.push([`A${style}`, label.charCodeAt(0) - 64]);
  const roman = ROMAN[label.toLowerCase()];
  if (roman !== undefined) out.push([`${label === label.toLowerCase() ? 'r' : 'R'}${style}`, roman]);
  const letter = label === 'الف' ? 'ا' : label.replace(/\u0640/u, '').replace(/[أإآ]/u, 'ا').replace(/[یى]/u, 'ي');
  const abjad = ABJAD.indexOf(letter);
  if (abjad >= 0) out.push([`abjad${style}`, abjad + 1]);
  const alefba = ALEFBA.indexOf(letter === 'ي' ? 'ی' : letter);
  if (alefba >= 0) out.push([`alefba${style}`, alefba + 1]);
  return out;
}

/**
 * Bullets and numbered lists. A bullet (• ◦ ▪ ⁃ ...) opens an item wherever it stands. Markers open an
 * item when they count on from a marker of the same kind that opened a sentence (1. then 2., a) then b),
 * أ- then ب-) with words in between; the full stop of such a marker never ends a sentence.
 */
export function markLists(text: string, marks: Marks): void {
  BULLET.lastIndex = 0;
  for (let m = BULLET.exec(text); m !== null; m = BULLET.exec(text)) if (isSpace(text[m.index - 1])) marks.cut[m.index] = 1;
  const last = new Map<string, { value: number; marker: Marker }>();
  MARKER_END.lastIndex = 0;
  for (let m = MARKER_END.exec(text); m !== null; m = MARKER_END.exec(text)) {
    const close = m.index;
    let start = close;
    while (start > 0 && close - start < 4 && !isSpace(text[start - 1]) && !isBullet(text[start - 1])) start--;
    if (start === close || (start > 0 && !isSpace(text[start - 1]) && !isBullet(text[start - 1]))) continue;
    const label = text.slice(start, close);
    if (!LABEL.test(label)) continue;
    const style = m[0];
    const marker: Marker = {
      start,
      end: close + style.length,
      dot: style[0] === '.' ? close : -1,
      readings: readings(label, style),
      head: atSentenceStart(text, start),
    };
    for (const [system, value] of marker.readings) {
      const before = last.get(system);
      if (before && before.value === value - 1 && hasWord(text, before.marker.end, start)) {
        openItem(text, before.marker, marks);
        openItem(text, marker, marks);
        last.set(system, { value, marker });
      } else if (marker.head) {
        last.set(system, { value, marker });
      }
    }
  }
}

function hasWord(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isLetter(text[j])) return true;
  return false;
}

function openItem(text: string, marker: Marker, marks: Marks): void {
  if (marker.dot >= 0) marks.hold[marker.dot] = 1;
  let j = marker.start - 1;
  while (j >= 0 && isSpace(text[j])) j--;
  if (j >= 0 && !isBullet(text[j])) marks.cut[marker.start] = 1;
}
