import type { Lang } from '../text/lang';

const SAMPLE_CHARS = 200_000;
// Letters Persian has and Arabic does not (پ چ ژ گ), weighted: they never occur in Arabic prose.
const FA_ONLY = /[\u067e\u0686\u0698\u06af]/gu;
// Persian keh/yeh and digits, versus Arabic kaf/yeh/alef maksura/teh marbuta and digits.
const FA_FORMS = /[\u06a9\u06cc\u06f0-\u06f9]/gu;
const AR_FORMS = /[\u0643\u064a\u0649\u0629\u0660-\u0669]/gu;
const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

/**
 * The source language of a text by its dominant script: Latin -> 'en'; Arabic script ->
 * 'fa' when Persian letters outweigh Arabic-only forms, else 'ar'. Defaults to 'en'.
 */
export function detectLang(text: string): Lang {
  const s = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const arabicScript = count(s, ARABIC_LETTER);
  if (arabicScript === 0 || arabicScript <= count(s, LATIN_LETTER)) return 'en';
  const fa = 3 * count(s, FA_ONLY) + count(s, FA_FORMS);
  const ar = count(s, AR_FORMS);
  return fa > ar ? 'fa' : 'ar';
}
