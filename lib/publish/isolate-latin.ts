import { escapeXml } from '../formats/xml';

const L = '\\p{Script=Latin}';
const W = `[${L}\\p{M}\\p{N}]`;
const JOIN = `[-'’.&+/@_]`; // inside a word: al-Haq, Khazali’s, U.S, F-16, a@b
const WORD_L = `\\p{N}*${L}${W}*(?:${JOIN}${W}+)*`; // holds a Latin letter
const WORD_ANY = `${W}+(?:${JOIN}${W}+)*`;
const SEP = `(?:[,:;]?[ \\u00A0]+|[ \\u00A0]*[–—&][ \\u00A0]*)`;
const URL = `(?:[a-z][a-z0-9+.-]*:\\/\\/|www\\.)[^\\s<>«»"“”]*[^\\s<>«»"“”.,;:!?؟،؛)\\]]`;
const PAREN_L = `\\(${WORD_L}(?:${SEP}${WORD_ANY})*\\)`;
const UNIT_L = `(?:${URL}|${PAREN_L}|${WORD_L})`;
const UNIT_N = `\\p{N}+(?:[.,]\\p{N}+)*`;
// A run begins and ends with a unit holding Latin letters; bare numbers may sit between ("Resolution 2231 (2015)").
const RUN = new RegExp(`${UNIT_L}(?:(?:${SEP}${UNIT_N})*${SEP}${UNIT_L})*`, 'giu');

/** A Latin-script run: [start, end) in UTF-16 units of the text. */
export interface LatinRun {
  start: number;
  end: number;
}

/**
 * The Latin-script runs of a right-to-left text that must be isolated so that they keep their
 * order: words with their inner spaces, parentheses and bracketed abbreviations
 * ("Kataib Hezbollah (KH)"), URLs. A sentence's end punctuation after a run stays outside it.
 */
export function findLatinRuns(text: string): LatinRun[] {
  const runs: LatinRun[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    runs.push({ start: m.index, end: m.index + m[0].length });
  }
  return runs;
}

/**
 * Wraps each Latin run of a right-to-left text: `<bdi>…</bdi>` in HTML (the rest escaped), or
 * FIRST STRONG ISOLATE U+2068 … POP DIRECTIONAL ISOLATE U+2069 for Markdown and DOCX.
 */
export function isolateLatinRuns(text: string, target: 'html' | 'unicode'): string {
  const esc = target === 'html' ? escapeXml : (s: string) => s;
  const [open, close] = target === 'html' ? ['<bdi>', '</bdi>'] : ['\u2068', '\u2069'];
  let out = '';
  let at = 0;
  for (const run of findLatinRuns(text)) {
    out += esc(text.slice(at, run.start)) + open + esc(text.slice(run.start, run.end)) + close;
    at = run.end;
  }
  return out + esc(text.slice(at));
}
