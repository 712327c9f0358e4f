import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../text/lang';
import { FONT_FAMILY } from './font-families';
import { PublishError } from './types';

interface Face {
  pkg: string;
  family: string;
  subset: 'arabic' | 'latin';
}

const FACES: Record<Lang, Face[]> = {
  ar: [
    { pkg: '@fontsource/noto-naskh-arabic', family: FONT_FAMILY.naskh, subset: 'arabic' },
    { pkg: '@fontsource/noto-sans', family: FONT_FAMILY.latin, subset: 'latin' },
  ],
  fa: [
    { pkg: '@fontsource/vazirmatn', family: FONT_FAMILY.vazirmatn, subset: 'arabic' },
    { pkg: '@fontsource/noto-sans', family: FONT_FAMILY.latin, subset: 'latin' },
  ],
  en: [{ pkg: '@fontsource/noto-sans', family: FONT_FAMILY.latin, subset: 'latin' }],
};
const WEIGHTS = [400, 700] as const;
const cache = new Map<Lang, string>();

// The app, the CLI and the tests all run from the project's root, whose node_modules holds the fonts;
// resolving through the module system instead would make the bundler try to trace a dynamic path.
function packageDir(pkg: string): string {
  return join(process.cwd(), 'node_modules', pkg);
}

/**
 * Server-only (reads node_modules with node:fs): @font-face rules for an edition in `lang` with
 * the woff2 files inlined as base64 data URLs, so the HTML file stands alone. Only the subsets an
 * edition needs (Arabic script from Noto Naskh Arabic or Vazirmatn, Latin from Noto Sans) in
 * weights 400 and 700; each face keeps the package's unicode-range. Throws `edition-font-missing`.
 */
export function editionFontCss(lang: Lang): string {
  const hit = cache.get(lang);
  if (hit !== undefined) return hit;
  const rules: string[] = [];
  for (const face of FACES[lang]) {
    const dir = packageDir(face.pkg);
    const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    const name = face.pkg.split('/')[1]!;
    for (const weight of WEIGHTS) {
      const file = join(dir, 'files', `${name}-${face.subset}-${weight}-normal.woff2`);
      if (!existsSync(file)) throw new PublishError('edition-font-missing', { file });
      const data = readFileSync(file).toString('base64');
      rules.push(
        `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${weight};font-display:swap;` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${ranges[face.subset]};}`,
      );
    }
  }
  const css = rules.join('\n');
  cache.set(lang, css);
  return css;
}
