/** Paths of the shared data sets the format tests read (never copied into the repo). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

export function shared(path: string): Uint8Array {
  return readFileSync(SHARED + path);
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
