import type { Lang } from '../text/lang';
import { normalizeKey } from '../text/normalize';

/**
 * The key to store beside a term for indexed search (a pg_trgm column): normalizeKey of the term, so a
 * query normalized the same way finds حزب‌الله from "حزب الله", كتائب from کتائب, Kataib from Kata’ib.
 */
export function termKey(text: string, lang: Lang): string {
  return normalizeKey(text, lang);
}
