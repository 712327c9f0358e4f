import { LANGS, type Lang } from '../text/lang';

/** The languages a document is translated into: the two that are not its source. */
export function targetLangs(sourceLang: Lang): Lang[] {
  return LANGS.filter((l) => l !== sourceLang);
}
