import type { Lang } from '../text/lang';
import { procliticForms, suffixForms } from './arabic-morphology';
import type { TermIndex } from './term-index';
import type { TextUnit } from './text-units';

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
/** Distinct words remembered per index and language; past it the cache starts again (bounded memory). */
const MAX_WORDS = 20_000;

interface Cache {
  size: number;
  words: number;
  /** Per language: the unit's raw key -> its Forms per variant (starting?, last part?, possessive?). */
  byLang: Record<Lang, Map<string, (Forms | undefined)[]>>;
}

const caches = new WeakMap<TermIndex, Cache>();

/**
 * Forms of a unit, computed once per distinct word and index (words repeat across segments and
 * calls); forgotten when the index grows (`addTerm`) since a new word can make a form known.
 */
export function unitForms(index: TermIndex, unit: TextUnit, starting: boolean, possessive: boolean, lang: Lang): Forms {
  let cache = caches.get(index);
  if (!cache || cache.size !== index.size || cache.words !== index.words.size) {
    cache = { size: index.size, words: index.words.size, byLang: { en: new Map(), ar: new Map(), fa: new Map() } };
    caches.set(index, cache);
  }
  const byWord = cache.byLang[lang];
  let variants = byWord.get(unit.raw);
  if (variants === undefined) {
    if (byWord.size >= MAX_WORDS) byWord.clear();
    byWord.set(unit.raw, (variants = []));
  }
  const v = (starting ? 4 : 0) | (unit.last ? 2 : 0) | (possessive ? 1 : 0);
  return (variants[v] ??= known(index, lang, starting, starting ? firstForms(unit, possessive, lang) : innerForms(unit, possessive, lang)));
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
function firstForms(unit: TextUnit, possessive: boolean, lang: Lang): (string | number)[] {
  if (lang !== 'ar') return innerForms(unit, possessive, lang);
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
function innerForms(unit: TextUnit, possessive: boolean, lang: Lang): (string | number)[] {
  const forms: (string | number)[] = [unit.key, PLAIN];
  if (lang === 'ar' && unit.last) for (const s of suffixForms(unit.key)) forms.push(s, FINAL);
  // English possessive: Khazali’s, KH's (the apostrophe is already gone from the key).
  if (possessive && unit.key.length > 2) forms.push(unit.key.slice(0, -1), FINAL | CUT);
  return forms;
}
