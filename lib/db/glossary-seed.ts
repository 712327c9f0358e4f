import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGlossaryFile } from '../formats/glossary-file';
import { importConcepts } from './glossary-import';

/** Where the house glossary lives (TBX-Basic v3), relative to the repository root. */
export function houseGlossaryPath(root = process.cwd()): string {
  return join(root, 'glossary', 'house.tbx');
}

/**
 * Loads glossary/house.tbx (server/CLI only). Idempotent: concepts are matched by id and never
 * duplicated; one whose entry in the file has not changed since the last load is left as editors
 * made it, a changed entry replaces the stored concept. A missing file loads nothing.
 */
export async function loadHouseGlossary(path = houseGlossaryPath()): Promise<{ created: number; updated: number }> {
  if (!existsSync(path)) return { created: 0, updated: 0 };
  const concepts = parseGlossaryFile(new Uint8Array(readFileSync(path)), path);
  const { created, updated } = await importConcepts(concepts, { author: 'system', seed: true });
  return { created, updated };
}
