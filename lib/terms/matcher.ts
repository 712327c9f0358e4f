import type { Lang } from '../text/lang';
import { normalizeKey } from '../text/normalize';
import { PERSIAN_PLURALS } from './arabic-morphology';
import { Candidates, selectMatches } from './select-matches';
import type { TermIndex } from './term-index';
import { NODE_CASE, NODE_CHILDREN, NODE_TERMS, unitKey } from './term-index';
import type { TextUnit } from './text-units';
import { textUnits } from './text-units';
import type { TermMatch } from './types';
import { CUT, FINAL, PLAIN, unitForms, type Forms } from './unit-forms';

/** What one call reads and fills; passed down the trie walk instead of closures. */
interface Scan {
  index: TermIndex;
  text: string;
  lang: Lang;
  units: TextUnit[];
  /** Forms of each unit inside a term, filled on first need. */
  inner: (Forms | undefined)[];
  /** Per depth of the walk: the form cut the last key unit (possessive), for the case check. */
  cuts: number[];
  found: Candidates;
}

/**
 * Glossary terms in one text (a segment): non-overlapping, longest first, offsets in the original
 * UTF-16 string. Time is linear in the text (each word starts at most one bounded trie walk per form);
 * only this text is read, so an edited segment is rematched alone.
 */
export function matchTerms(index: TermIndex, text: string, lang: Lang): TermMatch[] {
  const units = textUnits(text, lang);
  const scan: Scan = { index, text, lang, units, inner: new Array(units.length), cuts: [], found: new Candidates(units.length) };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (!unit.first) continue; // a term never starts inside a ZWNJ-joined word
    const forms = unitForms(index, unit, true, isPossessive(unit, text, lang), lang);
    scan.found.startAt(i);
    for (let f = 0; f < forms.length; f += 2) walk(scan, forms[f]!, i, i, forms[f + 1]!, (forms[f + 1]! & PLAIN) !== 0);
  }
  return selectMatches(scan.found, index, units, text);
}

function walk(scan: Scan, node: number, first: number, at: number, flags: number, plain: boolean): void {
  const { index, units } = scan;
  scan.cuts[at - first] = flags & CUT ? 1 : 0;
  const kind = index.flags[node]!;
  if (kind & NODE_TERMS) {
    const last = termEnd(units, at);
    if (last >= 0) {
      if ((kind & NODE_CASE) === 0) scan.found.add(last, node, 0, plain);
      else {
        const entries = index.terms[node]!;
        for (let k = 0; k < entries.length; k++) {
          const caseUnits = entries[k]!.caseUnits;
          if (caseUnits === null || caseMatches(caseUnits, scan, first)) {
            scan.found.add(last, node, k, plain);
            break;
          }
        }
      }
    }
  }
  if (flags & FINAL || (kind & NODE_CHILDREN) === 0 || at + 1 >= units.length) return;
  const next = units[at + 1]!;
  if (!next.joinsPrevious) return;
  const forms = (scan.inner[at + 1] ??= unitForms(index, next, false, isPossessive(next, scan.text, scan.lang), scan.lang));
  for (let f = 0; f < forms.length; f += 2) {
    const child = index.edges.get(node, forms[f]!);
    if (child !== -1) walk(scan, child, first, at + 1, forms[f + 1]!, plain && (forms[f + 1]! & PLAIN) !== 0);
  }
}

/** An English word ending in ’s, 's or ʼs (KH’s): the key without its s may also match. */
function isPossessive(unit: TextUnit, text: string, lang: Lang): boolean {
  if (lang !== 'en' || !unit.last || unit.end - unit.start < 2) return false;
  const s = text.charCodeAt(unit.end - 1);
  const mark = text.charCodeAt(unit.end - 2);
  // s, S and ſ (which case-folds to s)
  return (s === 0x73 || s === 0x53 || s === 0x17f) && (mark === 0x27 || mark === 0x2019 || mark === 0x2bc);
}

/** The unit a match ending at `at` really ends at: the word's end, past a Persian plural after ZWNJ. */
function termEnd(units: TextUnit[], at: number): number {
  let j = at;
  while (!units[j]!.last) {
    j++;
    if (!PERSIAN_PLURALS.has(units[j]!.key)) return -1; // کتاب in کتاب‌خانه is not a match
  }
  return j;
}

/** Acronyms and terms in capitals match only with the same letter case (KH is not kh). */
function caseMatches(caseUnits: string[], scan: Scan, first: number): boolean {
  for (let k = 0; k < caseUnits.length; k++) {
    const expected = caseUnits[k]!;
    if (expected === expected.toLowerCase()) continue;
    const unit = scan.units[first + k]!;
    const cased = unitKey(normalizeKey(scan.text.slice(unit.start, unit.end), scan.lang, { foldCase: false }), scan.lang);
    if (cased.slice(0, cased.length - (scan.cuts[k] ?? 0)) !== expected) return false;
  }
  return true;
}
