import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm test` and `npm start` work in a clone with nothing beside it: no runtime or test path reads the
// ../shared folder. Only bench/ and conformance/ may, through a path that can be given (--data DIR).
const root = resolve(import.meta.dirname, '..');
const SCANNED = ['app', 'bin', 'components', 'lib', 'messages', 'samples', 'scripts', 'tests', 'proxy.ts', 'next.config.ts', 'vitest.config.ts', 'playwright.config.ts', 'package.json'];
const SKIP = new Set(['node_modules', 'fixtures', '.next']);
const SOURCE = /\.(?:[cm]?[jt]sx?|json)$/u;
// "../shared", "../../shared/...", join(x, '..', 'shared', ...)
const READS_SHARED = [/\.\.[\\/](?:\.\.[\\/])*shared(?=[\\/'"`]|$)/u, /['"]\.\.['"]\s*,\s*['"]shared['"]/u];

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return SOURCE.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => (SKIP.has(name) ? [] : files(join(path, name))));
}

describe('a clone stands on its own', () => {
  const all = SCANNED.flatMap((p) => files(join(root, p))).filter((f) => f !== join(root, 'tests', 'standalone.test.ts'));

  it('scans the code that npm test and npm start run', () => {
    expect(all.length).toBeGreaterThan(200);
    expect(all).toContain(join(root, 'lib', 'server', 'seed.ts'));
  });

  it('has no path into ../shared outside bench/ and conformance/', () => {
    const offending = all.filter((f) => READS_SHARED.some((re) => re.test(readFileSync(f, 'utf8')))).map((f) => relative(root, f));
    expect(offending).toEqual([]);
  });

  it('catches both spellings of such a path (negative rows)', () => {
    for (const line of ["readFileSync('../shared/seed/x.txt')", "join(process.cwd(), '..', 'shared', 'data')", 'new URL("../../../shared/data/", import.meta.url)']) {
      expect(READS_SHARED.some((re) => re.test(line)), line).toBe(true);
    }
    for (const line of ["import { x } from './shared-data'", "const shared = new Set()", "'../shared-utils'"]) {
      expect(READS_SHARED.some((re) => re.test(line)), line).toBe(false);
    }
  });
});
