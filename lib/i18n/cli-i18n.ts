import { isLang, type Lang } from '../text/lang';
import { catalogueI18n } from './catalogue-i18n';

const ICU_ARGUMENT = /\{\s*\w+\s*,\s*(?:select|plural|selectordinal|number)(?![\p{L}\p{N}_])/u;
const ERROR_CODE = /(?<![\p{L}\p{N}-])([a-z]+(?:-[a-z0-9]+)+)(?![\p{L}\p{N}-])/gu;

/** The CLI's language: TARJUMAN_LANG, else the locale of LANG/LC_ALL (ar_IQ.UTF-8 -> ar), else English. */
export function cliLang(env: Record<string, string | undefined> = process.env): Lang {
  const wanted = env.TARJUMAN_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  const code = wanted.slice(0, 2).toLowerCase();
  return isLang(code) ? code : 'en';
}

/**
 * Words the first known error code found in a CLI error line (`import-empty`, `document-not-found`…)
 * from the Errors namespace of the shared catalogue, through i18next; null when none is known.
 */
export function describeCliError(line: string, lang: Lang = cliLang()): string | null {
  const i18n = catalogueI18n(lang);
  for (const match of line.matchAll(ERROR_CODE)) {
    const key = `Errors.${match[1]}`;
    if (!i18n.exists(key)) continue;
    // i18next does not read ICU plurals and selects: such a message is left to the code and its params
    if (ICU_ARGUMENT.test(i18n.t(key, { interpolation: { skipOnVariables: true } }) as string)) return null;
    return i18n.t(key, { id: '', ...paramsAfter(line, match.index! + match[0].length) }) as string;
  }
  return null;
}

// the JSON object the CLI prints right after a code, if any: {"id":"7"}
function paramsAfter(line: string, from: number): Record<string, unknown> {
  const rest = line.slice(from).trimStart();
  if (!rest.startsWith('{')) return {};
  try {
    return JSON.parse(rest.slice(0, rest.lastIndexOf('}') + 1)) as Record<string, unknown>;
  } catch {
    return {};
  }
}
