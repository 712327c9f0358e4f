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

export { seededRandom } from './seeded-random';
