import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

// app/fonts.ts declares the Latin and Arabic faces a second time (next/font/local, so that they are
// preloaded) beside @fontsource's CSS. These tests hold the page's rendering to @fontsource's: the same
// files, the same unicode-range, and each family ahead of its @fontsource namesake in the stacks of
// app/globals.css, Latin before Arabic (@fontsource declares Latin last, so it is tried first).

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** @fontsource's faces: woff2 file name → unicode-range, from a package's 400.css and 700.css. */
function fontsourceFaces(pkg: string): Map<string, string> {
  const faces = new Map<string, string>();
  for (const weight of ['400', '700']) {
    const css = read(`node_modules/@fontsource/${pkg}/${weight}.css`);
    for (const block of css.split('@font-face').slice(1)) {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/u.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/u.exec(block)?.[1];
      if (file && range) faces.set(file, range.trim());
    }
  }
  return faces;
}

interface Declared {
  name: string;
  variable: string;
  range: string;
  files: { pkg: string; file: string; weight: string }[];
}

/** The localFont calls of app/fonts.ts, read from its source (next/font wants literals there). */
function declared(): Declared[] {
  const source = read('app/fonts.ts');
  return [...source.matchAll(/export const (\w+) = localFont\(\{([\s\S]*?)\n\}\);/gu)].map(([, name, body]) => ({
    name,
    variable: /variable: '([^']+)'/u.exec(body)?.[1] ?? '',
    range: /prop: 'unicode-range', value: '([^']+)'/u.exec(body)?.[1] ?? '',
    files: [...body.matchAll(/path: '[^']*@fontsource\/([^/]+)\/files\/([^']+)', weight: '(\d+)'/gu)].map(([, pkg, file, weight]) => ({ pkg, file, weight })),
  }));
}

const FAMILY: Record<string, string> = { 'noto-sans': 'Noto Sans', 'noto-naskh-arabic': 'Noto Naskh Arabic', vazirmatn: 'Vazirmatn' };

function stack(name: string): string[] {
  const value = new RegExp(`--${name}:\\s*([^;]+);`, 'u').exec(read('app/globals.css'))?.[1] ?? '';
  return value.split(',').map((s) => s.trim().replace(/^var\((--[\w-]+)\)$/u, '$1').replace(/^"(.*)"$/u, '$1'));
}

describe('preloaded font faces (app/fonts.ts)', () => {
  const fonts = declared();

  it('declares the Latin and Arabic faces of the three families, 400 and 700', () => {
    expect(fonts.map((f) => f.name).sort()).toEqual(['notoNaskhArabicArabic', 'notoNaskhArabicLatin', 'notoSansLatin', 'vazirmatnArabic', 'vazirmatnLatin']);
    for (const f of fonts) expect(f.files.map((x) => x.weight)).toEqual(['400', '700']);
  });

  it('uses the files and unicode-range of @fontsource for each face', () => {
    for (const f of fonts) {
      for (const { pkg, file, weight } of f.files) {
        const range = fontsourceFaces(pkg).get(file);
        expect(range, `${file} is one of @fontsource/${pkg}'s faces`).toBeDefined();
        expect(f.range, `${f.name}: unicode-range of ${file}`).toBe(range);
        expect(basename(file)).toContain(`-${weight}-normal.woff2`);
      }
    }
  });

  it('puts each family ahead of its @fontsource namesake in the stacks, Latin before Arabic', () => {
    const stacks = { 'font-latin': stack('font-latin'), 'font-arabic': stack('font-arabic'), 'font-farsi': stack('font-farsi') };
    // the first family of each stack as before, and Noto Sans behind the Arabic-script families
    expect(stacks['font-latin'].slice(-4)).toEqual(['Noto Sans', 'ui-sans-serif', 'system-ui', 'sans-serif']);
    expect(stacks['font-arabic'].slice(-2)).toEqual(['Noto Sans', 'serif']);
    expect(stacks['font-farsi'].slice(-2)).toEqual(['Noto Sans', 'sans-serif']);
    for (const [name, families] of Object.entries(stacks)) {
      for (const f of fonts) {
        const at = families.indexOf(f.variable);
        if (at < 0) continue;
        const namesake = families.indexOf(FAMILY[f.files[0].pkg]);
        expect(namesake, `${name}: ${FAMILY[f.files[0].pkg]} after ${f.variable}`).toBeGreaterThan(at);
        if (f.name.endsWith('Arabic')) {
          const latin = families.indexOf(f.variable.replace(/-arabic$/u, '-latin'));
          expect(latin, `${name}: Latin face before ${f.variable}`).toBeGreaterThanOrEqual(0);
          expect(latin).toBeLessThan(at);
        }
      }
    }
    expect(stacks['font-arabic']).toContain('--font-noto-naskh-arabic-arabic');
    expect(stacks['font-farsi']).toContain('--font-vazirmatn-arabic');
    expect(stacks['font-latin']).toContain('--font-noto-sans-latin');
  });
});
