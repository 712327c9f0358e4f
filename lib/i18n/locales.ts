import type { Lang } from '../text/lang';
import { dirOf } from '../text/lang';

/** UI locales: the same three languages as the texts. */
export const LOCALES = ['en', 'ar', 'fa'] as const satisfies readonly Lang[];
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The whole layout's direction for a UI locale. */
export function localeDir(locale: Locale): 'rtl' | 'ltr' {
  return dirOf(locale);
}
