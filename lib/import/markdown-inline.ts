import type { PmMark } from '../documents/types';
import { BOLD, ITALIC, addMark, linkMark, normalizeRuns, type Run } from './runs';
import { safeHref } from './safe-href';
import { linkBarePaths } from './bare-paths';

const ESCAPABLE = /[!-/:-@[-`{-~]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Index just past the bracketed span starting at s[i] === open, honouring escapes; -1 if unclosed. */
function matchBracket(s: string, i: number, open: string, close: string): number {
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    const c = s[k];
    if (c === '\\') { k++; continue; }
    if (c === open) depth++;
    else if (c === close && --depth === 0) return k + 1;
  }
  return -1;
}

/** Position of a closing delimiter run of exactly `n` × `ch`, or -1. */
function findCloser(s: string, from: number, ch: string, n: number): number {
  for (let k = from; k < s.length; k++) {
    const c = s[k];
    if (c === '\\') { k++; continue; }
    if (c === '`') { const e = s.indexOf('`', k + 1); if (e > 0) k = e; continue; }
    if (c !== ch) continue;
    let run = 0;
    while (s[k + run] === ch) run++;
    const before = s[k - 1] ?? ' ';
    const after = s[k + run] ?? ' ';
    const closes = run === n && !/\s/u.test(before) && (ch !== '_' || !WORD_CHAR.test(after));
    if (closes && k > from) return k;
    k += run - 1;
  }
  return -1;
}

// Extracted pages repeat the target inside the text: "[Name \(/node/1\)](/node/1)" -> "Name".
const TRAILING_URL = /\s*\((?:\/|https?:\/\/|#|www\.)[^\s()]*\)\s*$/u;

function parseInto(s: string, marks: PmMark[], out: Run[]): void {
  let buf = '';
  const flush = () => { if (buf) out.push({ text: buf, marks }); buf = ''; };
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length && ESCAPABLE.test(s[i + 1])) { buf += s[i + 1]; i += 2; continue; }
    if (c === '\\' && s[i + 1] === '\n') { flush(); out.push({ text: '\n', marks: [], hardBreak: true }); i += 2; continue; }
    if (c === '`') {
      const e = s.indexOf('`', i + 1);
      if (e > i) { buf += s.slice(i + 1, e); i = e + 1; continue; }
    }
    if (c === '[' || (c === '!' && s[i + 1] === '[')) {
      const start = c === '!' ? i + 1 : i;
      const textEnd = matchBracket(s, start, '[', ']');
      if (textEnd > 0 && s[textEnd] === '(') {
        const urlEnd = matchBracket(s, textEnd, '(', ')');
        if (urlEnd > 0) {
          const dest = s.slice(textEnd + 1, urlEnd - 1).trim().split(/\s+/u)[0] ?? '';
          flush();
          if (c === '[') {
            const label = s.slice(start + 1, textEnd - 1);
            const href = safeHref(dest.replace(/^<|>$/gu, ''));
            const inner: Run[] = [];
            parseInto(label, href ? addMark(marks, linkMark(href)) : marks, inner);
            out.push(...stripTrailingUrl(inner));
          } // images are dropped: an extracted page's figures are captions, not pictures
          i = urlEnd;
          continue;
        }
      }
    }
    if (c === '<') {
      const m = /^<(https?:\/\/[^\s<>]+)>/u.exec(s.slice(i));
      if (m) { flush(); out.push({ text: m[1], marks: addMark(marks, linkMark(m[1])) }); i += m[0].length; continue; }
    }
    if (c === '*' || c === '_') {
      let n = 0;
      while (s[i + n] === c) n++;
      const before = s[i - 1] ?? ' ';
      const after = s[i + n] ?? ' ';
      const opens = n <= 3 && !/\s/u.test(after) && (c !== '_' || !WORD_CHAR.test(before));
      const close = opens ? findCloser(s, i + n, c, n) : -1;
      if (close > 0) {
        flush();
        let inner = marks;
        if (n >= 2) inner = addMark(inner, BOLD);
        if (n !== 2) inner = addMark(inner, ITALIC);
        parseInto(s.slice(i + n, close), inner, out);
        i = close + n;
        continue;
      }
      buf += s.slice(i, i + n);
      i += n;
      continue;
    }
    buf += c;
    i++;
  }
  flush();
}

function stripTrailingUrl(runs: Run[]): Run[] {
  const text = runs.map((r) => r.text).join('');
  const m = TRAILING_URL.exec(text);
  if (!m) return runs;
  let keep = m.index;
  const out: Run[] = [];
  for (const r of runs) {
    if (keep <= 0) break;
    out.push(r.text.length <= keep ? r : { ...r, text: r.text.slice(0, keep) });
    keep -= r.text.length;
  }
  return out;
}

/** Parse one Markdown paragraph's inline syntax into runs (bold, italic, link marks). */
export function parseMarkdownInline(source: string): Run[] {
  const out: Run[] = [];
  parseInto(source, [], out);
  return linkBarePaths(normalizeRuns(out));
}
