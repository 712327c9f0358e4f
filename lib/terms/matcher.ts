import type { Lang } from '../text/lang';
import { normalizeKey } from '../text/normalize';
import { PERSIAN_PLURALS, procliticForms, suffixForms } from './arabic-morphology';
import type { IndexedTerm, TermIndex } from './term-index';
import { unitKey } from './term-index';
import type { TextUnit } from './text-units';
import { textUnits } from './text-units';
import type { TermMatch } from './types';

/** A key a text unit may be looked up under; `final` forms (with a suffix removed) end a term. */
interface Form {
  key: string;
  final: boolean;
  plain: boolean;
  /** Key units cut from the end (English possessive 's), for the case check. */
  cutEnd: number;
}

interface Candidate {
  first: number;
  last: number;
  plain: boolean;
  term: IndexedTerm;
}

const POSSESSIVE = /['’ʼ]s$/iu;

/**
 * Glossary terms in one text (a segment): non-overlapping, longest first, offsets in the original
 * UTF-16 string. Time is linear in the text (each word starts at most one bounded trie walk per form);
 * only this text is read, so an edited segment is rematched alone.
 */
export function matchTerms(index: TermIndex, text: string, lang: Lang): TermMatch[] {
  const units = textUnits(text, lang);
  const found: Candidate[] = [];
  const root = index.roots[lang];
  const cuts: number[] = [];
  const plainPath: boolean[] = [];

  const walk = (node: number, first: number, at: number, form: Form): void => {
    cuts[at - first] = form.cutEnd;
    plainPath[at - first] = form.plain;
    const entries = index.terms[node];
    if (entries) {
      const last = termEnd(units, at);
      if (last >= 0) {
        const term = entries.find((e) => caseMatches(e, units, first, cuts, text, lang));
        if (term) found.push({ first, last, plain: plainPath.slice(0, at - first + 1).every(Boolean), term });
      }
    }
    if (form.final) return;
    const next = units[at + 1];
    if (!next || !next.joinsPrevious) return;
    for (const f of innerForms(next, text, lang)) {
      const child = index.edges.get(`${node}\u0001${f.key}`);
      if (child !== undefined) walk(child, first, at + 1, f);
    }
  };

  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (!unit.first) continue; // a term never starts inside a ZWNJ-joined word
    for (const f of firstForms(unit, text, lang)) {
      const node = index.edges.get(`${root}\u0001${f.key}`);
      if (node !== undefined) walk(node, i, i, f);
    }
  }
  return select(found, units, text);
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

function firstForms(unit: TextUnit, text: string, lang: Lang): Form[] {
  if (lang === 'ar') {
    const forms: Form[] = [];
    const keys = procliticForms(unit.raw);
    keys[0] = unit.key; // the unit's own key (numbers are compared by value)
    for (const key of keys) {
      forms.push({ key, final: false, plain: key === unit.key, cutEnd: 0 });
      if (unit.last) for (const s of suffixForms(key)) forms.push({ key: s, final: true, plain: false, cutEnd: 0 });
    }
    return forms;
  }
  return innerForms(unit, text, lang);
}

function innerForms(unit: TextUnit, text: string, lang: Lang): Form[] {
  const forms: Form[] = [{ key: unit.key, final: false, plain: true, cutEnd: 0 }];
  if (lang === 'ar' && unit.last) for (const s of suffixForms(unit.key)) forms.push({ key: s, final: true, plain: false, cutEnd: 0 });
  // English possessive: Khazali’s, KH's (the apostrophe is already gone from the key).
  if (lang === 'en' && unit.last && unit.key.length > 2 && POSSESSIVE.test(text.slice(unit.start, unit.end)))
    forms.push({ key: unit.key.slice(0, -1), final: true, plain: false, cutEnd: 1 });
  return forms;
}

/** Acronyms and terms in capitals match only with the same letter case (KH is not kh). */
function caseMatches(term: IndexedTerm, units: TextUnit[], first: number, cuts: number[], text: string, lang: Lang): boolean {
  if (!term.caseUnits) return true;
  return term.caseUnits.every((expected, k) => {
    const unit = units[first + k]!;
    if (expected === expected.toLowerCase()) return true;
    const cased = unitKey(normalizeKey(text.slice(unit.start, unit.end), lang, { foldCase: false }), lang);
    return cased.slice(0, cased.length - (cuts[k] ?? 0)) === expected;
  });
}

/** Longest first (in words, then characters), then leftmost, then forms without stripping. */
function select(found: Candidate[], units: TextUnit[], text: string): TermMatch[] {
  found.sort(
    (a, b) =>
      b.last - b.first - (a.last - a.first) ||
      units[b.last]!.end - units[b.first]!.start - (units[a.last]!.end - units[a.first]!.start) ||
      a.first - b.first ||
      Number(b.plain) - Number(a.plain),
  );
  const taken = new Uint8Array(units.length);
  const out: TermMatch[] = [];
  for (const c of found) {
    let free = true;
    for (let u = c.first; u <= c.last && free; u++) free = taken[u] === 0;
    if (!free) continue;
    taken.fill(1, c.first, c.last + 1);
    const start = units[c.first]!.start;
    const end = units[c.last]!.end;
    out.push({ start, end, text: text.slice(start, end), conceptId: c.term.conceptId, term: c.term.term, lang: c.term.lang, status: c.term.status });
  }
  return out.sort((a, b) => a.start - b.start);
}
