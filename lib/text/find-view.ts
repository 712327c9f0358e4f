import type { Lang } from './lang';
import { normalizeWithOffsets, type NormalizedText } from './normalize';

/** ZWNJ in a find key: a gap that was only ZWNJ (and invisible controls), as opposed to a real space. */
export const ZWNJ = '\u200c';

/** Taa marbuta, kept apart from ه in Arabic find keys. */
export const TAA_MARBUTA = '\u0629';

/**
 * The text a search runs over, with each unit's range in the original. Folded: normalizeKey's folds
 * (letter variants, harakat, tatweel, digits, case unless matchCase), except that a gap made only of ZWNJ
 * stays a ZWNJ unit instead of a space, since find treats a ZWNJ as optional and a space as required; and
 * in Arabic ة stays ة (a query's ة then finds only ة, a query's ه finds both: كتابة is not كتابه).
 * Literal: the text itself.
 */
export function findView(text: string, lang: Lang, fold: boolean, matchCase: boolean): NormalizedText {
  if (!fold) return { key: text, starts: [], ends: [] };
  const n = normalizeWithOffsets(text, lang, { foldCase: !matchCase });
  const taa = lang === 'ar' && text.includes(TAA_MARBUTA);
  if (!taa && !n.key.includes(' ')) return n;
  let key = '';
  for (let i = 0; i < n.key.length; i++) {
    const c = n.key[i]!;
    if (c === ' ' && onlyZwnj(text, n.starts[i]!)) key += ZWNJ;
    else if (c === 'ه' && taa && text[n.starts[i]!] === TAA_MARBUTA) key += TAA_MARBUTA;
    else key += c;
  }
  return { ...n, key };
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
