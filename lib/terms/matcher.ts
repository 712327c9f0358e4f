import type { Lang } from '../text/lang';
import { wordSpans, type WordSpans } from '../text/word-spans';
import { Candidates, selectMatches } from './select-matches';
import type { TermIndex } from './term-index';
import { NODE_CASE, NODE_CHILDREN, NODE_TERMS, nodeOf } from './term-index';
import type { TermMatch } from './types';
import { CUT, FINAL, MORE, PLAIN, resolveForms } from './unit-forms';
import { casedKey, LAST, PLURAL, wordTable, type WordTable } from './word-table';

/**
 * The units of the text being matched, in parallel arrays reused from call to call (matching is
 * synchronous, so one set serves every call). Unit u is the word table's unit refs[u], spanning
 * [starts[u], ends[u]) of the text; joins[u] is 1 when only spaces, hyphens or invisible marks
 * separate it from unit u - 1; lead/next and their flags copy the unit's first starting and
 * continuing forms (resolveForms), and shape has LAST and PLURAL, so a walk reads integers only.
 */
interface Scan {
  index: TermIndex;
  table: WordTable;
  lang: Lang;
  count: number;
  refs: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  joins: Uint8Array;
  lead: Int32Array;
  leadFlags: Uint8Array;
  next: Int32Array;
  nextFlags: Uint8Array;
  shape: Uint8Array;
  /** Per depth of the walk: the form cut the last key unit (possessive), for the case check. */
  cuts: number[];
  found: Candidates;
  spans: WordSpans;
  /** First unit of the block of starts being walked, and the edges read ahead for it (readAhead). */
  block: number;
  ahead: Int32Array;
  path: Int32Array;
  words: Int32Array;
  slots: Int32Array;
  /** Where readAhead's warming reads go, so they are not optimized away. */
  sink: number;
}

/**
 * Starts walked together, and the trie levels read ahead for each. Looking an edge up in a large
 * index is a cache miss, and a walk's next step waits for it; the steps of different starts do not
 * wait for each other, so readAhead takes one level for a whole block in a tight loop (the misses
 * overlap) before the walks run.
 */
const BLOCK = 128;
const DEPTH = 4;
const UNREAD = -2;
/** Marks a path edge whose next form ends the term: its lookup is made, the path stops after it. */
const STOPS = 1 << 30;

const NO_INDEX = null as unknown as TermIndex;
const NO_TABLE = null as unknown as WordTable;
const scan: Scan = {
  index: NO_INDEX,
  table: NO_TABLE,
  lang: 'en',
  count: 0,
  refs: new Int32Array(256),
  starts: new Int32Array(256),
  ends: new Int32Array(256),
  joins: new Uint8Array(256),
  lead: new Int32Array(256),
  leadFlags: new Uint8Array(256),
  next: new Int32Array(256),
  nextFlags: new Uint8Array(256),
  shape: new Uint8Array(256),
  cuts: [],
  found: new Candidates(256),
  spans: { count: 0, starts: new Int32Array(256), ends: new Int32Array(256) },
  block: 0,
  ahead: new Int32Array(BLOCK * DEPTH),
  path: new Int32Array(BLOCK),
  words: new Int32Array(BLOCK),
  slots: new Int32Array(BLOCK),
  sink: 0,
};

/**
 * Glossary terms in one text (a segment): non-overlapping, longest first, offsets in the original
 * UTF-16 string. Time is linear in the text (each word starts at most one bounded trie walk per form);
 * only this text is read, so an edited segment is rematched alone.
 */
export function matchTerms(index: TermIndex, text: string, lang: Lang): TermMatch[] {
  const table = wordTable(index, lang);
  const gen = table.gen;
  const spans = wordSpans(text, scan.spans);
  scan.index = index;
  scan.table = table;
  scan.lang = lang;
  let n = 0;
  for (let t = 0; t < spans.count; t++) {
    const start = spans.starts[t]!;
    const w = table.get(text, start, spans.ends[t]!);
    const from = table.firstUnit[w]!;
    const count = table.unitCount[w]!;
    if (n + count > scan.starts.length) grow(n + count);
    const joins = t > 0 && joinable(text, spans.ends[t - 1]!, start) ? 1 : 0;
    for (let u = from; u < from + count; u++) {
      if (table.unitGen[u] !== gen) resolveForms(index, table, u);
      scan.refs[n] = u;
      scan.starts[n] = start + table.unitStart[u]!;
      scan.ends[n] = start + table.unitEnd[u]!;
      scan.joins[n] = u === from ? joins : 1;
      scan.lead[n] = table.lead[u]!;
      scan.leadFlags[n] = table.leadFlags[u]!;
      scan.next[n] = table.next[u]!;
      scan.nextFlags[n] = table.nextFlags[u]!;
      scan.shape[n] = table.shape[u]!;
      n++;
    }
  }
  scan.count = n;
  const found = scan.found;
  found.reset(n);
  for (let block = 0; block < n; block += BLOCK) {
    const end = Math.min(n, block + BLOCK);
    readAhead(block, end);
    for (let i = block; i < end; i++) {
      const edge = scan.lead[i]!; // -1 inside a ZWNJ-joined word: a term never starts there
      if (edge === -1) continue;
      found.startAt(i);
      const flags = scan.leadFlags[i]!;
      walk(edge, i, i, flags, (flags & PLAIN) !== 0, true);
      if ((flags & MORE) === 0) continue;
      const forms = table.info[scan.refs[i]!]!.starting;
      for (let f = 2; f < forms.length; f += 2) walk(forms[f]!, i, i, forms[f + 1]!, (forms[f + 1]! & PLAIN) !== 0, false);
    }
  }
  scan.index = NO_INDEX; // hold no glossary between calls
  scan.table = NO_TABLE;
  const matches = selectMatches(found, index, scan.starts, scan.ends, text);
  if (n > KEEP_UNITS) release();
  return matches;
}

/** Working arrays larger than this many units are dropped after the call (memory stays small). */
const KEEP_UNITS = 1 << 16;

function release(): void {
  resize(256);
  scan.found = new Candidates(256);
  scan.spans = { count: 0, starts: new Int32Array(256), ends: new Int32Array(256) };
}

/**
 * For each start in [block, end), the edges along its first forms, up to DEPTH levels: level by level
 * over the whole block, so the lookups of different starts are in flight together. Walks read them
 * from `ahead` instead of looking them up again (UNREAD where the walk will not look).
 */
function readAhead(block: number, end: number): void {
  const { index, joins, lead, leadFlags, next, nextFlags, ahead, path, words, slots } = scan;
  const edges = index.edges;
  const width = end - block;
  for (let b = 0; b < width; b++) path[b] = lead[block + b] === -1 || (leadFlags[block + b]! & FINAL) !== 0 ? -1 : lead[block + b]!;
  for (let d = 0; d < DEPTH; d++) {
    // Which starts look up an edge at this level, and under which word (-1: none).
    for (let b = 0; b < width; b++) {
      const edge = path[b]!;
      const u = block + b + d + 1;
      let word = -1;
      if (edge !== -1 && (edge & NODE_CHILDREN) !== 0 && u < scan.count && joins[u] !== 0 && next[u] !== -1) {
        word = next[u]!;
        if ((nextFlags[u]! & FINAL) !== 0) path[b] = edge | STOPS;
      }
      words[b] = word;
      slots[b] = word === -1 ? -1 : edges.slotOf(nodeOf(edge), word);
    }
    // A tight loop with nothing but the reads: their misses overlap.
    let sink = 0;
    for (let b = 0; b < width; b++) if (slots[b]! !== -1) sink ^= edges.peek(slots[b]!);
    scan.sink = sink;
    for (let b = 0; b < width; b++) {
      if (words[b] === -1) {
        path[b] = -1;
        ahead[b * DEPTH + d] = UNREAD;
        continue;
      }
      const child = edges.get(nodeOf(path[b]! & ~STOPS), words[b]!);
      ahead[b * DEPTH + d] = child;
      path[b] = (path[b]! & STOPS) !== 0 ? -1 : child;
    }
  }
  scan.block = block;
}

/**
 * Visits the trie node reached by `edge` (see edgeTo) with unit `at`, the form read there having
 * `flags`; `onPath` while every form so far was the first one (readAhead took that path).
 */
function walk(edge: number, first: number, at: number, flags: number, plain: boolean, onPath: boolean): void {
  const index = scan.index;
  scan.cuts[at - first] = flags & CUT ? 1 : 0;
  const node = nodeOf(edge);
  if (edge & NODE_TERMS) {
    const last = termEnd(at);
    if (last >= 0) {
      if ((edge & NODE_CASE) === 0) scan.found.add(last, node, 0, plain);
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
  const u = at + 1;
  if (flags & FINAL || (edge & NODE_CHILDREN) === 0 || u >= scan.count || scan.joins[u] === 0 || scan.next[u] === -1) return;
  const depth = at - first;
  let child = onPath && depth < DEPTH ? scan.ahead[(first - scan.block) * DEPTH + depth]! : UNREAD;
  if (child === UNREAD) child = index.edges.get(node, scan.next[u]!);
  const nextFlags = scan.nextFlags[u]!;
  if (child !== -1) walk(child, first, u, nextFlags, plain && (nextFlags & PLAIN) !== 0, onPath);
  if ((nextFlags & MORE) === 0) return;
  const forms = scan.table.info[scan.refs[u]!]!.inner;
  for (let f = 2; f < forms.length; f += 2) {
    const other = index.edges.get(node, forms[f]!);
    if (other !== -1) walk(other, first, u, forms[f + 1]!, plain && (forms[f + 1]! & PLAIN) !== 0, false);
  }
}

/** The unit a match ending at `at` really ends at: the word's end, past a Persian plural after ZWNJ. */
function termEnd(at: number): number {
  let j = at;
  while ((scan.shape[j]! & LAST) === 0) {
    j++;
    if ((scan.shape[j]! & PLURAL) === 0) return -1; // کتاب in کتاب‌خانه is not a match
  }
  return j;
}

/** Acronyms and terms in capitals match only with the same letter case (KH is not kh). */
function caseMatches(caseUnits: string[], first: number): boolean {
  for (let k = 0; k < caseUnits.length; k++) {
    const expected = caseUnits[k]!;
    if (expected === expected.toLowerCase()) continue;
    const cased = casedKey(scan.table.info[scan.refs[first + k]!]!, scan.lang);
    if (cased.slice(0, cased.length - (scan.cuts[k] ?? 0)) !== expected) return false;
  }
  return true;
}

function grow(units: number): void {
  let size = scan.starts.length * 2;
  while (size < units) size *= 2;
  resize(size);
}

/** Reallocates the per-unit arrays to `size` units, keeping what fits. */
function resize(size: number): void {
  for (const name of ['refs', 'starts', 'ends', 'lead', 'next'] as const) {
    const other = new Int32Array(size);
    other.set(scan[name].subarray(0, size));
    scan[name] = other;
  }
  for (const name of ['joins', 'leadFlags', 'nextFlags', 'shape'] as const) {
    const other = new Uint8Array(size);
    other.set(scan[name].subarray(0, size));
    scan[name] = other;
  }
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
