/** The three languages of the workbench. */
export const LANGS = ['en', 'ar', 'fa'] as const;
export type Lang = (typeof LANGS)[number];

/** Right-to-left languages among ours. */
export function isRtl(lang: Lang): boolean {
  return lang === 'ar' || lang === 'fa';
}

/** Direction attribute value for a language. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return isRtl(lang) ? 'rtl' : 'ltr';
}

/** Narrow an unknown string to a Lang. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
