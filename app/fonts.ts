import localFont from 'next/font/local';

// The faces every page draws with (Latin, Arabic script; 400 and 700), declared a second time beside
// @fontsource's CSS (imported in app/[locale]/layout.tsx, which keeps every other subset) so that the
// page names them in <link rel=preload> and in its response's Link header: the browser fetches them
// with the stylesheet, before the first layout, instead of after a layout with fallback fonts that then
// has to be redone. Same woff2 files and unicode-range as @fontsource's faces (tests/fonts.test.ts);
// app/globals.css puts each family before its @fontsource namesake, in @fontsource's own precedence
// (the last-declared face first: Latin, then Arabic). No metric-adjusted fallback family: one without a
// unicode-range would take every character before the faces after it in the stack.
// next/font reads these options at build time: each must be written out as a literal.

export const notoSansLatin = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  declarations: [{ prop: 'unicode-range', value: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' }],
  display: 'swap',
  adjustFontFallback: false,
  variable: '--font-noto-sans-latin',
});

export const notoNaskhArabicLatin = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  declarations: [{ prop: 'unicode-range', value: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' }],
  display: 'swap',
  adjustFontFallback: false,
  variable: '--font-noto-naskh-arabic-latin',
});

export const notoNaskhArabicArabic = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  declarations: [{ prop: 'unicode-range', value: 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC,U+102E0-102FB,U+10E60-10E7E,U+10EC2-10EC4,U+10EFC-10EFF,U+1EE00-1EE03,U+1EE05-1EE1F,U+1EE21-1EE22,U+1EE24,U+1EE27,U+1EE29-1EE32,U+1EE34-1EE37,U+1EE39,U+1EE3B,U+1EE42,U+1EE47,U+1EE49,U+1EE4B,U+1EE4D-1EE4F,U+1EE51-1EE52,U+1EE54,U+1EE57,U+1EE59,U+1EE5B,U+1EE5D,U+1EE5F,U+1EE61-1EE62,U+1EE64,U+1EE67-1EE6A,U+1EE6C-1EE72,U+1EE74-1EE77,U+1EE79-1EE7C,U+1EE7E,U+1EE80-1EE89,U+1EE8B-1EE9B,U+1EEA1-1EEA3,U+1EEA5-1EEA9,U+1EEAB-1EEBB,U+1EEF0-1EEF1' }],
  display: 'swap',
  adjustFontFallback: false,
  variable: '--font-noto-naskh-arabic-arabic',
});

export const vazirmatnLatin = localFont({
  src: [
    { path: '../node_modules/@fontsource/vazirmatn/files/vazirmatn-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/vazirmatn/files/vazirmatn-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  declarations: [{ prop: 'unicode-range', value: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' }],
  display: 'swap',
  adjustFontFallback: false,
  variable: '--font-vazirmatn-latin',
});

export const vazirmatnArabic = localFont({
  src: [
    { path: '../node_modules/@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/vazirmatn/files/vazirmatn-arabic-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  declarations: [{ prop: 'unicode-range', value: 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC,U+102E0-102FB,U+10E60-10E7E,U+10EC2-10EC4,U+10EFC-10EFF,U+1EE00-1EE03,U+1EE05-1EE1F,U+1EE21-1EE22,U+1EE24,U+1EE27,U+1EE29-1EE32,U+1EE34-1EE37,U+1EE39,U+1EE3B,U+1EE42,U+1EE47,U+1EE49,U+1EE4B,U+1EE4D-1EE4F,U+1EE51-1EE52,U+1EE54,U+1EE57,U+1EE59,U+1EE5B,U+1EE5D,U+1EE5F,U+1EE61-1EE62,U+1EE64,U+1EE67-1EE6A,U+1EE6C-1EE72,U+1EE74-1EE77,U+1EE79-1EE7C,U+1EE7E,U+1EE80-1EE89,U+1EE8B-1EE9B,U+1EEA1-1EEA3,U+1EEA5-1EEA9,U+1EEAB-1EEBB,U+1EEF0-1EEF1' }],
  display: 'swap',
  adjustFontFallback: false,
  variable: '--font-vazirmatn-arabic',
});

/** The classes that define the families' CSS variables, for <html>. */
export const fontVariables = [notoSansLatin, notoNaskhArabicLatin, notoNaskhArabicArabic, vazirmatnLatin, vazirmatnArabic].map((f) => f.variable).join(' ');
