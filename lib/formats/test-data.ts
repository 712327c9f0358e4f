/** Fixtures the format tests read: small files written for the project, under tests/fixtures/. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));

/** The bytes of a fixture, by its path under tests/fixtures/. */
export function fixture(path: string): Uint8Array {
  return readFileSync(FIXTURES + path);
}

/** The file names of a fixture folder that end in `ext`, sorted. */
export function fixtureNames(dir: string, ext: string): string[] {
  return readdirSync(FIXTURES + dir).filter((f) => f.endsWith(ext)).sort();
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
