import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { compileCatalogue, type Catalogue, type CompiledCatalogue } from './compile-messages';
import { routing } from './routing';

// each locale's catalogue compiled once per server (lib/i18n/compile-messages.ts)
const compiled = new Map<string, Promise<CompiledCatalogue>>();
function catalogue(locale: string): Promise<CompiledCatalogue> {
  let hit = compiled.get(locale);
  if (!hit) compiled.set(locale, (hit = import(`../../messages/${locale}.json`).then((m: { default: Catalogue }) => compileCatalogue(m.default))));
  return hit;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: (await catalogue(locale)) as never };
});
