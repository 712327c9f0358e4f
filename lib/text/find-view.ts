import type { Lang } from './lang';
import { normalizeWithOffsets, type NormalizedText } from './normalize';

/** ZWNJ in a find key: a gap that was only ZWNJ (and invisible controls), as opposed to a real space. */
export const ZWNJ = '\u200c';

/**
 * The text a search runs over, with each unit's range in the original. Folded: normalizeKey's folds
 * (letter variants, harakat, tatweel, digits, case unless matchCase), except that a gap made only of ZWNJ
 * stays a ZWNJ unit instead of a space, since find treats a ZWNJ as optional and a space as required.
 * Literal: the text itself.
 */
export function findView(text: string, lang: Lang, fold: boolean, matchCase: boolean): NormalizedText {
  if (!fold) return { key: text, starts: [], ends: [] };
  const n = normalizeWithOffsets(text, lang, { foldCase: !matchCase });
  if (!n.key.includes(' ')) return n;
  let key = '';
  let from = 0;
  for (let i = n.key.indexOf(' '); i >= 0; i = n.key.indexOf(' ', i + 1)) {
    if (onlyZwnj(text, n.starts[i]!)) (key += n.key.slice(from, i) + ZWNJ, (from = i + 1));
  }
  return { ...n, key: key + n.key.slice(from) };
}

const GAP = /[\s\p{Cf}]/u;

function onlyZwnj(text: string, at: number): boolean {
  for (let i = at; i < text.length && GAP.test(text[i]!); i++) if (text[i] !== ZWNJ && /\s/u.test(text[i]!)) return false;
  return true;
}

/** Original start of key unit i (literal views map each unit to itself). */
export const startOf = (v: NormalizedText, i: number): number => (v.starts.length ? v.starts[i]! : i);
/** Original end of key unit i. */
export const endOf = (v: NormalizedText, i: number): number => (v.ends.length ? v.ends[i]! : i + 1);
