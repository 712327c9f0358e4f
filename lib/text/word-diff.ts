import { diffArrays } from 'diff';
import type { Lang } from './lang';
import { tokenize } from './tokens';

export type DiffOp = 'equal' | 'insert' | 'delete';

/** A run of a diff: equal and delete runs rebuild the old text, equal and insert runs the new one. */
export interface DiffRun {
  op: DiffOp;
  text: string;
}

/** Past this many token edits, or this many ms, the diff is one replacement of the whole text (bounds its cost). */
const MAX_EDIT_LENGTH = 1_000;
const TIMEOUT_MS = 300;

/**
 * The text cut into tokens that cover it exactly: words as tokenize() finds them (a ZWNJ-joined word and a
 * word with its clitics are one token), whitespace runs, and each other character on its own.
 */
export function diffTokens(text: string, lang: Lang): string[] {
  const out: string[] = [];
  let at = 0;
  const gap = (to: number) => {
    for (const m of text.slice(at, to).matchAll(/\s+|[^\s]/gu)) out.push(m[0]);
  };
  for (const w of tokenize(text, lang)) {
    gap(w.start);
    out.push(w.text);
    at = w.end;
  }
  gap(text.length);
  return out;
}

/** Word-level diff of two texts (Arabic and Farsi words kept whole), from the `diff` package's array diff. */
export function wordDiff(before: string, after: string, lang: Lang): DiffRun[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  const changes = diffArrays(diffTokens(before, lang), diffTokens(after, lang), { maxEditLength: MAX_EDIT_LENGTH, timeout: TIMEOUT_MS });
  const runs: DiffRun[] = changes
    ? changes.map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value.join('') }))
    : [{ op: 'delete', text: before }, { op: 'insert', text: after }];
  return tidy(runs);
}

/**
 * Joins each group of changes into one delete then one insert, taking in a lone space between two changes
 * ("a b" -> "x y" reads as one replacement, not four), keeps whitespace that both sides of a replacement
 * share at its edges outside it, and drops empty runs.
 */
function tidy(runs: DiffRun[]): DiffRun[] {
  const out: DiffRun[] = [];
  const equal = (text: string) => {
    if (!text) return;
    const last = out.at(-1);
    if (last?.op === 'equal') last.text += text;
    else out.push({ op: 'equal', text });
  };
  let del = '';
  let ins = '';
  const flush = () => {
    let tail = '';
    if (del && ins) {
      const lead = sharedSpace(del, ins, (s, i) => s[i]);
      equal(del.slice(0, lead));
      [del, ins] = [del.slice(lead), ins.slice(lead)];
      const trail = Math.max(0, Math.min(sharedSpace(del, ins, (s, i) => s[s.length - 1 - i]), del.length - 1, ins.length - 1));
      tail = del.slice(del.length - trail);
      [del, ins] = [del.slice(0, del.length - trail), ins.slice(0, ins.length - trail)];
    }
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    equal(tail);
    del = ins = '';
  };
  runs.forEach((r, i) => {
    if (!r.text) return;
    const between = r.op === 'equal' && /^\s+$/u.test(r.text) && (del || ins) && i + 1 < runs.length && runs[i + 1]!.op !== 'equal';
    if (r.op === 'delete' || between) del += r.text;
    if (r.op === 'insert' || between) ins += r.text;
    if (r.op === 'equal' && !between) (flush(), equal(r.text));
  });
  flush();
  return out;
}

/** Length of the whitespace both strings share at one end (`at` reads the i-th character from that end). */
function sharedSpace(a: string, b: string, at: (s: string, i: number) => string | undefined): number {
  let n = 0;
  while (n < a.length && n < b.length && at(a, n) === at(b, n) && /\s/u.test(at(a, n)!)) n++;
  return n;
}

/** The old ('before') or new ('after') text a diff was made from. */
export function rebuildText(runs: readonly DiffRun[], side: 'before' | 'after'): string {
  const skip: DiffOp = side === 'before' ? 'insert' : 'delete';
  return runs.filter((r) => r.op !== skip).map((r) => r.text).join('');
}

/** For a conflict view: what each side changed against their common base. */
export function threeWayDiff(base: string, theirs: string, mine: string, lang: Lang): { theirs: DiffRun[]; mine: DiffRun[]; same: boolean } {
  return { theirs: wordDiff(base, theirs, lang), mine: wordDiff(base, mine, lang), same: theirs === mine };
}
