import type { Lang } from '../text/lang';

const ARABIC_SCRIPT = /\p{Script=Arabic}/gu;
const LATIN = /\p{Script=Latin}/gu;
// Letters Farsi uses and Arabic does not: پ چ ژ گ ک ی.
const FARSI_ONLY = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/gu;

/** Language of a text by its script: Latin is en; Arabic script is fa when Farsi-only letters are common, else ar. */
export function detectLang(text: string): Lang {
  const arabic = text.match(ARABIC_SCRIPT)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (arabic <= latin) return 'en';
  const farsi = text.match(FARSI_ONLY)?.length ?? 0;
  // A stray ی or گ in an Arabic text (a Persian name) should not make it Farsi: ask for 1% of letters.
  return farsi >= Math.max(1, arabic * 0.01) ? 'fa' : 'ar';
}
