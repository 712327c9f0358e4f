import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './data-dir';

export { dataDir };

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
