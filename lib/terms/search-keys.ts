import { MIN_STEM, suffixForms, withoutArticle } from './arabic-morphology';
import { termKey } from './term-key';
import type { Lang } from '../text/lang';

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
// و/ف, then ب/ك/ل, then the article (ل + ال is written لل); keys have ة as ه and أ as ا already
const ARTICLE_CLITIC = /^[وف]?(?:[بك]?ال|لل)/u;

/**
 * The stored search key of a term: termKey with the Arabic article taken off every Arabic-script word
 * (in ar and fa terms alike, whose keys are folded to one alphabet), so المقاومة and مقاومة meet.
 */
export function searchKey(text: string, lang: Lang): string {
  return termKey(text, lang)
    .split(' ')
    .map((w) => (ARABIC_SCRIPT.test(w) ? withoutArticle(w) : w))
    .join(' ');
}

/**
 * The keys a query is searched under, the plain one first: as typed (article off), and with the
 * clitics of its Arabic-script words taken off (بالمقاومة -> مقاومه, مقاومتهم -> مقاومه). At most 3.
 */
export function queryKeys(q: string, lang: Lang = 'en'): string[] {
  const words = termKey(q, lang).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const plain = words.map((w) => (ARABIC_SCRIPT.test(w) ? withoutArticle(w) : w));
  const keys = [plain.join(' ')];
  // proclitics come off the first word only (a term starts there); a pronoun suffix off the last one
  // (only clitics that bring the article: ف in فيلق is a root letter, the ب of بالمقاومة is not)
  const clitic = ARTICLE_CLITIC.exec(words[0]!);
  if (clitic && words[0]!.length - clitic[0].length >= MIN_STEM) keys.push([words[0]!.slice(clitic[0].length), ...plain.slice(1)].join(' '));
  const last = plain[plain.length - 1]!;
  if (ARABIC_SCRIPT.test(last)) {
    const base = keys[keys.length - 1]!.split(' ');
    const unsuffixed = suffixForms(base[base.length - 1]!)[0];
    if (unsuffixed) keys.push([...base.slice(0, -1), unsuffixed].join(' '));
  }
  return [...new Set(keys)].slice(0, 3);
}

const LATIN_WORD = /^[a-z0-9-]+$/u;

/**
 * The consonant skeleton of the Latin words of a key: vowels after the first letter and doubled
 * letters dropped (quds, qods -> qds; hizballah, hezbollah -> hzblh), so transliterations meet. Words
 * in other scripts are left out; '' when there is no Latin word.
 */
export function skeletonKey(key: string): string {
  return key
    .split(' ')
    .filter((w) => LATIN_WORD.test(w))
    .map((w) => (w[0]! + w.slice(1).replace(/[aeiouy]/g, '')).replace(/(.)\1+/g, '$1'))
    .join(' ');
}
