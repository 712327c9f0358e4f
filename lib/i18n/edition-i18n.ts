import type en from '../../messages/en.json';
import { catalogueI18n } from './catalogue-i18n';
import { PublishError } from '../publish/types';
import type { Lang } from '../text/lang';

/** A key of the "Edition" namespace of messages/{en,ar,fa}.json. */
export type EditionKey = Exclude<keyof (typeof en)['Edition'], 'language'> | `language.${Lang}`;

/** Words an edition's boilerplate for one language; `params` fill the `{name}` placeholders. */
export type EditionT = (key: EditionKey, params?: Record<string, string | number>) => string;

const cache = new Map<Lang, EditionT>();

/**
 * The boilerplate words of an edition ("Also available in", "About the authors", ...) in `lang`,
 * read from the "Edition" namespace of the shared message catalogue through i18next. No fallback to
 * another language: a missing key throws `edition-message-missing` (an English word in an Arabic
 * edition is a bug). Placeholders use single braces, as the rest of the catalogue does.
 */
export function createEditionT(lang: Lang): EditionT {
  const hit = cache.get(lang);
  if (hit) return hit;
  const i18n = catalogueI18n(lang);
  const fixed = i18n.getFixedT(lang, 'translation', 'Edition');
  const t: EditionT = (key, params) => {
    if (!i18n.exists(`Edition.${key}`)) {
      throw new PublishError('edition-message-missing', { key, lang });
    }
    return fixed(key as never, params ?? {}) as string;
  };
  cache.set(lang, t);
  return t;
}
