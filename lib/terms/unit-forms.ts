import type { Lang } from '../text/lang';
import { procliticForms, suffixForms } from './arabic-morphology';
import type { TermIndex } from './term-index';
import type { WordUnit } from './word-table';

/** Form flags: a FINAL form (a suffix was removed) ends a term; PLAIN means nothing was stripped. */
export const FINAL = 1;
export const PLAIN = 2;
/** The form cut the last key unit (English possessive 's); the case check must cut it too. */
export const CUT = 4;

/**
 * The glossary words a text unit may stand for, as pairs [target, flags, target, flags, ...]. For a
 * unit starting a term the target is already the trie node under the language root (a form that
 * starts no term is dropped here, once per distinct word); for a unit inside a term it is the word id.
 */
export type Forms = Int32Array;

const NONE: Forms = new Int32Array(0);

/**
 * Forms of a unit starting a term, computed once per distinct word (words repeat across segments and
 * calls) and kept on the unit until the index grows (`gen` moves: a new word can make a form known).
 */
export function startingForms(index: TermIndex, unit: WordUnit, gen: number, lang: Lang): Forms {
  if (unit.gen !== gen) forget(unit, gen);
  return (unit.starting ??= known(index, lang, true, firstForms(unit, lang)));
}

/** Forms of a unit continuing a term (word ids), remembered like startingForms. */
export function continuingForms(index: TermIndex, unit: WordUnit, gen: number, lang: Lang): Forms {
  if (unit.gen !== gen) forget(unit, gen);
  return (unit.inner ??= known(index, lang, false, innerForms(unit, lang)));
}

function forget(unit: WordUnit, gen: number): void {
  unit.gen = gen;
  unit.starting = undefined;
  unit.inner = undefined;
}

/** Keeps the forms the glossary knows: as root children when starting a term, else as word ids. */
function known(index: TermIndex, lang: Lang, starting: boolean, forms: (string | number)[]): Forms {
  const out: number[] = [];
  for (let f = 0; f < forms.length; f += 2) {
    const word = index.words.get(forms[f] as string);
    if (word === undefined) continue;
    const target = starting ? index.edges.get(index.roots[lang], word) : word;
    if (target !== -1) out.push(target, forms[f + 1] as number);
  }
  return out.length === 0 ? NONE : Int32Array.from(out);
}

/** Keys a unit may start a term under: Arabic proclitics stripped (plain form first), else innerForms. */
function firstForms(unit: WordUnit, lang: Lang): (string | number)[] {
  if (lang !== 'ar') return innerForms(unit, lang);
  const forms: (string | number)[] = [];
  const keys = procliticForms(unit.raw);
  keys[0] = unit.key; // the unit's own key (numbers are compared by value)
  for (const key of keys) {
    forms.push(key, key === unit.key ? PLAIN : 0);
    if (unit.last) for (const s of suffixForms(key)) forms.push(s, FINAL);
  }
  return forms;
}

/** Keys a unit may continue a term under: its key, an Arabic word without a pronoun suffix, KH’s -> KH. */
function innerForms(unit: WordUnit, lang: Lang): (string | number)[] {
  const forms: (string | number)[] = [unit.key, PLAIN];
  if (lang === 'ar' && unit.last) for (const s of suffixForms(unit.key)) forms.push(s, FINAL);
  // English possessive: Khazali’s, KH's (the apostrophe is already gone from the key).
  if (unit.possessive && unit.key.length > 2) forms.push(unit.key.slice(0, -1), FINAL | CUT);
  return forms;
}
