/**
 * Light Arabic morphology on matching keys (normalizeKey output: ة is already ه, أ إ آ are ا).
 * Nothing here decides alone: every stripped form is only a candidate that must be a known term.
 */

/** A stripped remainder shorter than this is never tried: لله -> له must not reach الله. */
export const MIN_STEM = 3;

const ARTICLE = 'ال';

/** The article-free form used on both sides for every word of Arabic terms and texts (الشعبي ~ شعبي). */
export function withoutArticle(key: string): string {
  return key.startsWith(ARTICLE) && key.length - ARTICLE.length >= MIN_STEM ? key.slice(ARTICLE.length) : key;
}

// و/ف (conjunction), then ب/ك/ل (preposition), then the article; ل + ال is written لل.
const PROCLITICS: string[] = (() => {
  const out = new Set<string>();
  for (const conj of ['', 'و', 'ف'])
    for (const prep of ['', 'ب', 'ك', 'ل']) {
      if (conj + prep) out.add(conj + prep);
      out.add(prep === 'ل' ? `${conj}لل` : conj + prep + ARTICLE);
    }
  return [...out].sort((a, b) => b.length - a.length);
})();

/** Article-free keys of a word that may carry proclitics (والمقاومة -> مقاومه), the plain form first. */
export function procliticForms(key: string): string[] {
  const forms = [withoutArticle(key)];
  for (const p of PROCLITICS) {
    if (!key.startsWith(p) || key.length - p.length < MIN_STEM) continue;
    const rest = p.endsWith(ARTICLE) || p.endsWith('لل') ? key.slice(p.length) : withoutArticle(key.slice(p.length));
    if (!forms.includes(rest)) forms.push(rest);
  }
  return forms;
}

// Attached pronouns; the one-letter ones (ه ك ي) only after ت, i.e. after a feminine ة (مقاومته).
const LONG_SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'ها', 'نا'];
const SHORT_SUFFIXES = ['ه', 'ك', 'ي'];

/** Keys of a word without an attached pronoun, with ت restored to ة (ه in keys): مقاومتهم -> مقاومه. */
export function suffixForms(key: string): string[] {
  const out: string[] = [];
  for (const s of LONG_SUFFIXES) {
    if (!key.endsWith(s) || key.length - s.length < MIN_STEM) continue;
    const stem = key.slice(0, -s.length);
    if (stem.endsWith('ت')) out.push(`${stem.slice(0, -1)}ه`);
    out.push(stem);
  }
  for (const s of SHORT_SUFFIXES) {
    if (!key.endsWith(s) || key.length - s.length < MIN_STEM) continue;
    const stem = key.slice(0, -s.length);
    if (stem.endsWith('ت')) out.push(`${stem.slice(0, -1)}ه`);
  }
  return out;
}

/** Farsi plural (and plural-with-ezafe) endings written after a ZWNJ: کتاب‌ها، کتاب‌های، کتاب‌هایی. */
export const PERSIAN_PLURALS = new Set(['ها', 'هاي', 'هايي']);
