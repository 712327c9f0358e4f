import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The folder of third-party data the benchmarks read: `--data DIR` (or `--data=DIR`), else the
 * TARJUMAN_DATA environment variable, else `../shared/data` beside the project (resolved from the
 * working directory, where `npm run bench:*` runs). Never needed by `npm test` or `npm start`.
 */
export function dataDir(argv: readonly string[], env: string | undefined, cwd = process.cwd()): { dir: string; from: string } {
  const i = argv.findIndex((a) => a === '--data' || a.startsWith('--data='));
  if (i >= 0) {
    const value = argv[i]!.includes('=') ? argv[i]!.slice('--data='.length) : argv[i + 1];
    if (value) return { dir: resolve(cwd, value), from: '--data' };
  }
  if (env) return { dir: resolve(cwd, env), from: 'TARJUMAN_DATA' };
  return { dir: resolve(cwd, '..', 'shared', 'data'), from: 'default' };
}

const data = dataDir(process.argv.slice(2), process.env.TARJUMAN_DATA);
// Say where we looked before anything is read, and stop clearly when the data is not there.
if (!existsSync(join(data.dir, 'tico19'))) {
  console.error(`data: no tico19/ in ${data.dir} (${data.from}); pass --data DIR, a folder that holds tico19/`);
  process.exit(2);
}
console.log(`data: ${data.dir} (${data.from})`);

/** The data folder in use. */
export const DATA_DIR = data.dir;

/** The TICO-19 folder inside it. */
export const TICO19 = join(DATA_DIR, 'tico19');

/** The line-aligned TICO-19 sentences of one language (line i of each language is one unit). */
export function tico19Lines(lang: string): string[] {
  return readFileSync(join(TICO19, 'parallel', `tico19.${lang}.txt`), 'utf8').split('\n');
}

/** A small seeded random generator (mulberry32), so every run draws the same documents. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
