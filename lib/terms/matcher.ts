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
  /** Word id in the index (set once the form is known to be a glossary word). */
  word?: number;
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
  // Each unit's forms are computed once and kept only if the glossary has the word at all.
  // Words repeat (Zipf): forms are also shared between equal words of the text.
  const innerCache: (Form[] | undefined)[] = new Array(units.length);
  const byWord = new Map<string, Form[]>();
  const formsOf = (unit: TextUnit, firstPosition: boolean): Form[] => {
    const possessive = lang === 'en' && unit.last && POSSESSIVE.test(text.slice(unit.start, unit.end));
    const id = `${firstPosition ? 'f' : 'i'}${unit.last ? 'l' : ''}${possessive ? 'p' : ''}${unit.raw}\u0001${unit.key}`;
    let forms = byWord.get(id);
    if (!forms) byWord.set(id, (forms = known(firstPosition ? firstForms(unit, possessive, lang) : innerForms(unit, possessive, lang))));
    return forms;
  };
  const known = (forms: Form[]): Form[] => {
    const out: Form[] = [];
    for (const f of forms) {
      const word = index.words.get(f.key);
      if (word !== undefined) out.push({ ...f, word });
    }
    return out;
  };

  const walk = (node: number, first: number, at: number, form: Form, plain: boolean): void => {
    cuts[at - first] = form.cutEnd;
    const entries = index.terms[node];
    if (entries) {
      const last = termEnd(units, at);
      if (last >= 0) {
        for (const term of entries) {
          if (!term.caseUnits || caseMatches(term.caseUnits, units, first, cuts, text, lang)) {
            found.push({ first, last, plain, term });
            break;
          }
        }
      }
    }
    if (form.final) return;
    const next = units[at + 1];
    if (!next || !next.joinsPrevious) return;
    const forms = (innerCache[at + 1] ??= formsOf(next, false));
    for (const f of forms) {
      const child = index.edges.get(node, f.word!);
      if (child !== -1) walk(child, first, at + 1, f, plain && f.plain);
    }
  };

  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (!unit.first) continue; // a term never starts inside a ZWNJ-joined word
    for (const f of formsOf(unit, true)) {
      const node = index.edges.get(root, f.word!);
      if (node !== -1) walk(node, i, i, f, f.plain);
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

function firstForms(unit: TextUnit, possessive: boolean, lang: Lang): Form[] {
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
  return innerForms(unit, possessive, lang);
}

function innerForms(unit: TextUnit, possessive: boolean, lang: Lang): Form[] {
  const forms: Form[] = [{ key: unit.key, final: false, plain: true, cutEnd: 0 }];
  if (lang === 'ar' && unit.last) for (const s of suffixForms(unit.key)) forms.push({ key: s, final: true, plain: false, cutEnd: 0 });
  // English possessive: Khazali’s, KH's (the apostrophe is already gone from the key).
  if (possessive && unit.key.length > 2)
    forms.push({ key: unit.key.slice(0, -1), final: true, plain: false, cutEnd: 1 });
  return forms;
}

/** Acronyms and terms in capitals match only with the same letter case (KH is not kh). */
function caseMatches(caseUnits: string[], units: TextUnit[], first: number, cuts: number[], text: string, lang: Lang): boolean {
  return caseUnits.every((expected, k) => {
    const unit = units[first + k]!;
    if (expected === expected.toLowerCase()) return true;
    const cased = unitKey(normalizeKey(text.slice(unit.start, unit.end), lang, { foldCase: false }), lang);
    return cased.slice(0, cased.length - (cuts[k] ?? 0)) === expected;
  });
}

/** Longest first (in words, then characters), then leftmost, then forms without stripping. */
function select(found: Candidate[], units: TextUnit[], text: string): TermMatch[] {
  // Bucket by word span first: most candidates are one word long and need no cross-bucket sorting.
  const buckets: Candidate[][] = [];
  for (const c of found) (buckets[c.last - c.first] ??= []).push(c);
  const taken = new Uint8Array(units.length);
  const out: TermMatch[] = [];
  for (let span = buckets.length - 1; span >= 0; span--) {
    const bucket = buckets[span];
    if (!bucket) continue;
    bucket.sort(
      (a, b) =>
        units[b.last]!.end - units[b.first]!.start - (units[a.last]!.end - units[a.first]!.start) ||
        a.first - b.first ||
        Number(b.plain) - Number(a.plain),
    );
    for (const c of bucket) {
      let free = true;
      for (let u = c.first; u <= c.last && free; u++) free = taken[u] === 0;
      if (!free) continue;
      taken.fill(1, c.first, c.last + 1);
      const start = units[c.first]!.start;
      const end = units[c.last]!.end;
      out.push({ start, end, text: text.slice(start, end), conceptId: c.term.conceptId, term: c.term.term, lang: c.term.lang, status: c.term.status });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
