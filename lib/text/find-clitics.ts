/**
 * The attached words find and replace know about, on folded keys (normalizeKey: ة is ه, ی is ي).
 * Arabic proclitics: و/ف (conjunction), then ب/ك/ل (preposition), then the article ال; ل + ال is written لل.
 * Farsi: the plural ها / های / هایی after a ZWNJ. English: a possessive ’s.
 */
export const ARTICLE = 'ال';

/** Every proclitic sequence an Arabic word may start with (و، ب، وب، ال، وال، بال، لل، فلل، ...). */
export const ARABIC_PROCLITICS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const conj of ['', 'و', 'ف'])
    for (const prep of ['', 'ب', 'ك', 'ل'])
      for (const article of ['', ARTICLE]) {
        const p = prep === 'ل' && article ? `${conj}لل` : conj + prep + article;
        if (p) out.add(p);
      }
  return out;
})();

/** Shortest word part (in key letters) a proclitic may be found before: «ومن» is و + من. */
export const MIN_CLITIC_STEM = 2;
/** Shortest remainder after an article for a query's ال to be one: «الله» is not ال + له. */
export const MIN_ARTICLE_STEM = 3;

/** Where the article sits at the end of a proclitic key: 'al' (…ال), 'contracted' (…لل, ل + ال), or none. */
export function articleOf(prefixKey: string): 'al' | 'contracted' | null {
  if (prefixKey.endsWith(ARTICLE)) return 'al';
  if (prefixKey.endsWith('لل')) return 'contracted';
  return null;
}

/** A query key's own article, when what follows it is long enough to be a word. */
export function queryHasArticle(key: string): boolean {
  return key.startsWith(ARTICLE) && key.length - ARTICLE.length >= MIN_ARTICLE_STEM && /^\p{L}/u.test(key.slice(2));
}

/** Farsi plural endings written after a ZWNJ (keys: ی is ي); the same list as the glossary matcher's. */
export const FARSI_PLURALS: ReadonlySet<string> = new Set(['ها', 'هاي', 'هايي']);
