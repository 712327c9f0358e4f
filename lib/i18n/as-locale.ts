import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/** A route's locale parameter as a Locale (the proxy and layout already refused unknown ones). */
export function asLocale(value: string): Locale {
  return (LOCALES as readonly string[]).includes(value) ? (value as Locale) : DEFAULT_LOCALE;
}
