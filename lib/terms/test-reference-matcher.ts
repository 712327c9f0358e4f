/**
 * A straightforward term matcher written from the rules in docs/language-core.md, for tests only: the
 * regex tokenizer, a trie of Maps, word forms computed on every visit, objects for everything and one
 * comparator sort. Slow and plain on purpose, so the optimized matcher can be checked against it.
 */
import type { Lang } from '../text/lang';
import { normalizeKey } from '../text/normalize';
import { tokenize } from '../text/tokens';
import { PERSIAN_PLURALS, procliticForms, suffixForms } from './arabic-morphology';
import { isCaseSensitive, termUnits, unitKey } from './term-index';
import type { Concept, TermMatch, TermStatus } from './types';

interface RefEntry {
  conceptId: string;
  term: string;
  status: TermStatus;
  cased: string[] | null;
}

interface RefNode {
  children: Map<string, RefNode>;
  entries: RefEntry[];
}

interface RefUnit {
  key: string;
  raw: string;
  text: string;
  start: number;
  end: number;
  first: boolean;
  last: boolean;
  joinsPrevious: boolean;
}

interface Form {
  key: string;
  plain: boolean;
  final: boolean;
  cut: boolean;
}

interface Candidate {
  first: number;
  last: number;
  entry: RefEntry;
  plain: boolean;
  seq: number;
}

const RANK: Record<TermStatus, number> = { preferred: 0, admitted: 1, deprecated: 2, forbidden: 3 };
const newNode = (): RefNode => ({ children: new Map(), entries: [] });

/** A reference index: one Map trie per language over termUnits, entries by status then glossary order. */
export function referenceIndex(concepts: Concept[]): Record<Lang, RefNode> {
  const roots: Record<Lang, RefNode> = { en: newNode(), ar: newNode(), fa: newNode() };
  for (const concept of concepts)
    for (const term of concept.terms) {
      const units = termUnits(term.text, term.lang);
      if (units.length === 0) continue;
      let node = roots[term.lang];
      for (const u of units) {
        let next = node.children.get(u);
        if (!next) node.children.set(u, (next = newNode()));
        node = next;
      }
      const cased = isCaseSensitive(term) ? termUnits(term.text, term.lang, false) : null;
      node.entries.push({ conceptId: concept.id, term: term.text, status: term.status, cased });
    }
  const sort = (node: RefNode) => {
    node.entries.sort((a, b) => RANK[a.status] - RANK[b.status]);
    node.children.forEach(sort);
  };
  Object.values(roots).forEach(sort);
  return roots;
}

function unitsOf(text: string, lang: Lang): RefUnit[] {
  const units: RefUnit[] = [];
  const tokens = tokenize(text, lang);
  tokens.forEach((token, t) => {
    const gap = t === 0 ? null : text.slice(tokens[t - 1]!.end, token.start);
    const joins = gap !== null && /^[\s\-\u2010-\u2012\u2212\u200B-\u200F\u061C\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]*$/u.test(gap);
    const parts: { raw: string; start: number; end: number }[] = [];
    if (!token.text.includes('\u200C')) parts.push({ raw: token.key, start: token.start, end: token.end });
    else
      for (const m of token.text.matchAll(/[^\u200C]+/gu)) {
        const raw = normalizeKey(m[0], lang);
        if (raw !== '') parts.push({ raw, start: token.start + m.index, end: token.start + m.index + m[0].length });
      }
    parts.forEach((p, i) =>
      units.push({ key: unitKey(p.raw, lang), raw: p.raw, text: text.slice(p.start, p.end), start: p.start, end: p.end, first: i === 0, last: i === parts.length - 1, joinsPrevious: i === 0 ? joins : true }),
    );
  });
  return units;
}

function possessive(unit: RefUnit, lang: Lang): boolean {
  return lang === 'en' && unit.last && /['’ʼ][sSſ]$/u.test(unit.text);
}

function formsOf(unit: RefUnit, lang: Lang, starting: boolean): Form[] {
  const forms: Form[] = [];
  const add = (key: string, plain: boolean, final = false, cut = false) => forms.push({ key, plain, final, cut });
  if (starting && lang === 'ar') {
    const keys = procliticForms(unit.raw);
    keys[0] = unit.key;
    for (const key of keys) {
      add(key, key === unit.key);
      if (unit.last) for (const s of suffixForms(key)) add(s, false, true);
    }
    return forms;
  }
  add(unit.key, true);
  if (lang === 'ar' && unit.last) for (const s of suffixForms(unit.key)) add(s, false, true);
  if (possessive(unit, lang) && unit.key.length > 2) add(unit.key.slice(0, -1), false, true, true);
  return forms;
}

/** Glossary terms in a text by the documented rules, computed the slow and obvious way. */
export function referenceMatch(roots: Record<Lang, RefNode>, text: string, lang: Lang): TermMatch[] {
  const units = unitsOf(text, lang);
  const candidates: Candidate[] = [];
  const visit = (node: RefNode, first: number, at: number, path: Form[]) => {
    if (node.entries.length > 0) {
      let last = at;
      while (last < units.length && !units[last]!.last && PERSIAN_PLURALS.has(units[last + 1]!.key)) last++;
      if (units[last]!.last) {
        const entry = node.entries.find((e) => e.cased === null || e.cased.every((c, k) => c === c.toLowerCase() || casedKey(units[first + k]!, lang, path[k]!.cut) === c));
        if (entry) candidates.push({ first, last, entry, plain: path.every((f) => f.plain), seq: candidates.length });
      }
    }
    const form = path[path.length - 1]!;
    const next = units[at + 1];
    if (form.final || !next || !next.joinsPrevious) return;
    for (const f of formsOf(next, lang, false)) {
      const child = node.children.get(f.key);
      if (child) visit(child, first, at + 1, [...path, f]);
    }
  };
  units.forEach((unit, i) => {
    if (!unit.first) return;
    for (const f of formsOf(unit, lang, true)) {
      const child = roots[lang].children.get(f.key);
      if (child) visit(child, i, i, [f]);
    }
  });
  const chars = (c: Candidate) => units[c.last]!.end - units[c.first]!.start;
  candidates.sort((a, b) => b.last - b.first - (a.last - a.first) || chars(b) - chars(a) || a.first - b.first || Number(b.plain) - Number(a.plain) || a.seq - b.seq);
  const taken = new Set<number>();
  const out: TermMatch[] = [];
  for (const c of candidates) {
    const span = Array.from({ length: c.last - c.first + 1 }, (_, k) => c.first + k);
    if (span.some((u) => taken.has(u))) continue;
    span.forEach((u) => taken.add(u));
    const start = units[c.first]!.start;
    const end = units[c.last]!.end;
    out.push({ start, end, text: text.slice(start, end), conceptId: c.entry.conceptId, term: c.entry.term, lang, status: c.entry.status });
  }
  return out.sort((a, b) => a.start - b.start);
}

function casedKey(unit: RefUnit, lang: Lang, cut: boolean): string {
  const key = unitKey(normalizeKey(unit.text, lang, { foldCase: false }), lang);
  return cut ? key.slice(0, -1) : key;
}
