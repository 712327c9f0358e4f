import { createInstance, type i18n } from 'i18next';
import ar from '../../messages/ar.json';
import en from '../../messages/en.json';
import fa from '../../messages/fa.json';
import type { Lang } from '../text/lang';

const CATALOGUES = { en, ar, fa } as const;
const instances = new Map<Lang, i18n>();

/**
 * i18next over the app's own catalogue (messages/{lang}.json), for words outside React: the CLI and
 * the editions. No fallback language (an English word in an Arabic edition is a bug); placeholders
 * use single braces like the rest of the catalogue.
 */
export function catalogueI18n(lang: Lang): i18n {
  const hit = instances.get(lang);
  if (hit) return hit;
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    initAsync: false,
    resources: { [lang]: { translation: CATALOGUES[lang] } },
    interpolation: { escapeValue: false, prefix: '{', suffix: '}' },
  });
  instances.set(lang, instance);
  return instance;
}
