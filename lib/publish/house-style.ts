import type { Lang } from '../text/lang';
import { PublishError } from './types';

/**
 * How a publication prints dates, digits, quotation marks and Latin names. Decisions and examples
 * are in docs/publishing.md.
 */
export interface HouseStyle {
  /** Arabic month names: both ("تشرين الثاني/نوفمبر"), Levantine only or Egyptian only. */
  dateFormat: 'both-months' | 'levantine' | 'egyptian';
  digits: 'western' | 'arabic-indic' | 'persian';
  /** 'solar-hijri' is a Farsi option. */
  calendar: 'gregorian' | 'solar-hijri';
  /** 'guillemets' turns “…” and "…" into «…» (nested ‹…›); 'keep' prints them as written. */
  quotes: 'guillemets' | 'keep';
  /** Wrap Latin-script runs of RTL text in <bdi> (HTML) or U+2068/U+2069 (Markdown, DOCX). */
  isolateLatin: boolean;
}

const DEFAULTS: Record<Lang, HouseStyle> = {
  ar: { dateFormat: 'both-months', digits: 'western', calendar: 'gregorian', quotes: 'guillemets', isolateLatin: true },
  fa: { dateFormat: 'both-months', digits: 'persian', calendar: 'gregorian', quotes: 'guillemets', isolateLatin: true },
  en: { dateFormat: 'both-months', digits: 'western', calendar: 'gregorian', quotes: 'keep', isolateLatin: false },
};

/** The house style a publication in `lang` starts from. */
export function defaultHouseStyle(lang: Lang): HouseStyle {
  return { ...DEFAULTS[lang] };
}

/** The default style of `lang` with a publication's overrides; throws `house-style-unsupported` for a combination we cannot print. */
export function resolveHouseStyle(lang: Lang, overrides: Partial<HouseStyle> = {}): HouseStyle {
  const style = { ...DEFAULTS[lang], ...overrides };
  if (style.calendar === 'solar-hijri' && lang !== 'fa') {
    throw new PublishError('house-style-unsupported', { option: 'calendar', value: style.calendar, lang });
  }
  return style;
}

export { formatEditionDate } from './edition-date';
export { localizeDigits } from './digits';
export { toGuillemets } from './guillemets';
export { isolateLatinRuns, findLatinRuns } from './isolate-latin';
