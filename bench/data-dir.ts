import { resolve } from 'node:path';

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
