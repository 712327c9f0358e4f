import type { Lang } from '../text/lang';
import { wordSpans, type WordSpans } from '../text/word-spans';
import { Candidates, selectMatches } from './select-matches';
import type { TermIndex } from './term-index';
import { NODE_CASE, NODE_CHILDREN, NODE_TERMS } from './term-index';
import type { TermMatch } from './types';
import { CUT, FINAL, PLAIN, continuingForms, startingForms } from './unit-forms';
import { casedKey, wordTable, type WordUnit } from './word-table';

/**
 * The units of the text being matched, in parallel arrays reused from call to call (matching is
 * synchronous, so one set serves every call): unit u is refs[u], spanning [starts[u], ends[u]) of
 * the text; joins[u] is 1 when only spaces, hyphens or invisible marks separate it from unit u - 1.
 */
interface Scan {
  index: TermIndex;
  lang: Lang;
  gen: number;
  count: number;
  refs: WordUnit[];
  starts: Int32Array;
  ends: Int32Array;
  joins: Uint8Array;
  /** Per depth of the walk: the form cut the last key unit (possessive), for the case check. */
  cuts: number[];
  found: Candidates;
  spans: WordSpans;
}

const NO_INDEX = null as unknown as TermIndex;
const scan: Scan = {
  index: NO_INDEX,
  lang: 'en',
  gen: 0,
  count: 0,
  refs: [],
  starts: new Int32Array(256),
  ends: new Int32Array(256),
  joins: new Uint8Array(256),
  cuts: [],
  found: new Candidates(256),
  spans: { count: 0, starts: new Int32Array(256), ends: new Int32Array(256) },
};

/**
 * Glossary terms in one text (a segment): non-overlapping, longest first, offsets in the original
 * UTF-16 string. Time is linear in the text (each word starts at most one bounded trie walk per form);
 * only this text is read, so an edited segment is rematched alone.
 */
export function matchTerms(index: TermIndex, text: string, lang: Lang): TermMatch[] {
  const table = wordTable(index, lang);
  const spans = wordSpans(text, scan.spans);
  scan.index = index;
  scan.lang = lang;
  scan.gen = table.gen;
  let n = 0;
  for (let t = 0; t < spans.count; t++) {
    const start = spans.starts[t]!;
    const units = table.get(text, start, spans.ends[t]!).units;
    if (n + units.length > scan.starts.length) grow(n + units.length);
    const joins = t > 0 && joinable(text, spans.ends[t - 1]!, start) ? 1 : 0;
    for (let p = 0; p < units.length; p++) {
      const unit = units[p]!;
      scan.refs[n] = unit;
      scan.starts[n] = start + unit.start;
      scan.ends[n] = start + unit.end;
      scan.joins[n] = p === 0 ? joins : 1;
      n++;
    }
  }
  scan.count = n;
  const found = scan.found;
  found.reset(n);
  for (let i = 0; i < n; i++) {
    const unit = scan.refs[i]!;
    if (!unit.first) continue; // a term never starts inside a ZWNJ-joined word
    const forms = startingForms(index, unit, scan.gen, lang);
    if (forms.length === 0) continue;
    found.startAt(i);
    for (let f = 0; f < forms.length; f += 2) walk(forms[f]!, i, i, forms[f + 1]!, (forms[f + 1]! & PLAIN) !== 0);
  }
  scan.index = NO_INDEX; // hold no glossary between calls
  return selectMatches(found, index, scan.starts, scan.ends, text);
}

function walk(node: number, first: number, at: number, flags: number, plain: boolean): void {
  const index = scan.index;
  scan.cuts[at - first] = flags & CUT ? 1 : 0;
  const kind = index.flags[node]!;
  if (kind & NODE_TERMS) {
    const last = termEnd(at);
    if (last >= 0) {
      if ((kind & NODE_CASE) === 0) scan.found.add(last, node, 0, plain);
      else {
        const entries = index.terms[node]!;
        for (let k = 0; k < entries.length; k++) {
          const caseUnits = entries[k]!.caseUnits;
          if (caseUnits === null || caseMatches(caseUnits, first)) {
            scan.found.add(last, node, k, plain);
            break;
          }
        }
      }
    }
  }
  if (flags & FINAL || (kind & NODE_CHILDREN) === 0 || at + 1 >= scan.count || scan.joins[at + 1] === 0) return;
  const next = scan.refs[at + 1]!;
  const forms = next.gen === scan.gen && next.inner !== undefined ? next.inner : continuingForms(index, next, scan.gen, scan.lang);
  for (let f = 0; f < forms.length; f += 2) {
    const child = index.edges.get(node, forms[f]!);
    if (child !== -1) walk(child, first, at + 1, forms[f + 1]!, plain && (forms[f + 1]! & PLAIN) !== 0);
  }
}

/** The unit a match ending at `at` really ends at: the word's end, past a Persian plural after ZWNJ. */
function termEnd(at: number): number {
  let j = at;
  while (!scan.refs[j]!.last) {
    j++;
    if (!scan.refs[j]!.plural) return -1; // کتاب in کتاب‌خانه is not a match
  }
  return j;
}

/** Acronyms and terms in capitals match only with the same letter case (KH is not kh). */
function caseMatches(caseUnits: string[], first: number): boolean {
  for (let k = 0; k < caseUnits.length; k++) {
    const expected = caseUnits[k]!;
    if (expected === expected.toLowerCase()) continue;
    const cased = casedKey(scan.refs[first + k]!, scan.lang);
    if (cased.slice(0, cased.length - (scan.cuts[k] ?? 0)) !== expected) return false;
  }
  return true;
}

function grow(units: number): void {
  let size = scan.starts.length * 2;
  while (size < units) size *= 2;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const joins = new Uint8Array(size);
  starts.set(scan.starts);
  ends.set(scan.ends);
  joins.set(scan.joins);
  scan.starts = starts;
  scan.ends = ends;
  scan.joins = joins;
}

// What may stand between two words of one multi-word term: spaces, hyphens, invisible controls.
const JOINABLE = /[\s\-\u2010-\u2012\u2212\u200B-\u200F\u061C\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/u;
/** Per UTF-16 unit: 0 not looked at yet, 1 may not stand in a gap, 2 may. */
const GAP = new Uint8Array(0x10000);

/** Whether text[from, to) may separate two words of one term. */
function joinable(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let g = GAP[c]!;
    if (g === 0) GAP[c] = g = JOINABLE.test(String.fromCharCode(c)) ? 2 : 1;
    if (g === 1) return false;
  }
  return true;
}
