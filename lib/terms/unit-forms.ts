import type { Lang } from '../text/lang';
import { procliticForms, suffixForms } from './arabic-morphology';
import type { TermIndex } from './term-index';
import type { WordTable, WordUnit } from './word-table';

/** Form flags: a FINAL form (a suffix was removed) ends a term; PLAIN means nothing was stripped. */
export const FINAL = 1;
export const PLAIN = 2;
/** The form cut the last key unit (English possessive 's); the case check must cut it too. */
export const CUT = 4;

/**
 * The glossary words a text unit may stand for, as pairs [target, flags, target, flags, ...]. For a
 * unit starting a term the target is already the edge to a trie node under the language root (edgeTo;
 * a form that starts no term is dropped here, once per distinct word); for a unit inside a term it is
 * the word id.
 */
export type Forms = Int32Array;

const NONE: Forms = new Int32Array(0);

/** Flag of a unit's first form: the unit has more forms than that one (read them from the Forms). */
export const MORE = 8;

/**
 * Reads the forms of unit u of a word table against the index, once per distinct word (words repeat
 * across segments and calls) and again only when the index has grown (the table's generation moves:
 * a new word can make a form known). Besides the lists, the first form of each goes into the table's
 * arrays as plain integers (`lead`, `next` and their flags with MORE), which is all a walk reads for
 * most words.
 */
export function resolveForms(index: TermIndex, table: WordTable, u: number): void {
  const unit = table.info[u]!;
  const starting = unit.first ? known(index, table.lang, true, firstForms(unit, table.lang)) : NONE;
  const inner = known(index, table.lang, false, innerForms(unit, table.lang));
  unit.starting = starting;
  unit.inner = inner;
  table.lead[u] = starting.length > 0 ? starting[0]! : -1;
  table.leadFlags[u] = starting.length > 0 ? starting[1]! | (starting.length > 2 ? MORE : 0) : 0;
  table.next[u] = inner.length > 0 ? inner[0]! : -1;
  table.nextFlags[u] = inner.length > 0 ? inner[1]! | (inner.length > 2 ? MORE : 0) : 0;
  table.unitGen[u] = table.gen;
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
