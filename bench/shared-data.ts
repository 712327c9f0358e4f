import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The TICO-19 folder in ../shared (read from the project's root, where `npm run bench:*` runs). */
export const TICO19 = join(process.cwd(), '..', 'shared', 'data', 'tico19');

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
