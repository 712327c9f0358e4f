import type { Lang } from '../text/lang';

/** The typefaces of an edition; bundled by lib/publish/fonts.ts from @fontsource packages. */
export const FONT_FAMILY = {
  naskh: 'Noto Naskh Arabic',
  vazirmatn: 'Vazirmatn',
  latin: 'Noto Sans',
} as const;

/** The face used for Arabic-script text of an edition in `lang` (Word's complex-script font). */
export function scriptFontOf(lang: Lang): string {
  return lang === 'fa' ? FONT_FAMILY.vazirmatn : FONT_FAMILY.naskh;
}

/** A CSS font-family stack for text in `lang`: the Arabic-script face first, Noto Sans for Latin. */
export function cssFontStack(lang: Lang): string {
  const latin = `'${FONT_FAMILY.latin}'`;
  if (lang === 'en') return `${latin}, sans-serif`;
  if (lang === 'fa') return `'${FONT_FAMILY.vazirmatn}', '${FONT_FAMILY.naskh}', ${latin}, sans-serif`;
  return `'${FONT_FAMILY.naskh}', ${latin}, serif`;
}
