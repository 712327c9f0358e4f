/**
 * `npm run conformance [DIR]`: runs the third-party suites over the data in DIR (default ../shared/data,
 * from the project root). One line per suite, the failures under it, then
 * `conformance: N passed, N failed` (files checked). Exit 0 when all pass, 1 on any failure, 2 when DIR
 * is missing. Not part of `npm test`: the repository's own tests use tests/fixtures/.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Check, Suite } from './suite';
import { SUITES } from './suites';

export function runSuites(dir: string, suites: Suite[], log: (line: string) => void): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  for (const suite of suites) {
    const folder = join(dir, suite.folder);
    let checks: Check[];
    if (!existsSync(folder)) checks = [{ name: suite.folder, failure: `no folder ${suite.folder} in ${dir}` }];
    else {
      try {
        checks = suite.run(folder);
      } catch (err) {
        checks = [{ name: suite.folder, failure: String((err as Error).message ?? err) }];
      }
    }
    const bad = checks.filter((c) => c.failure !== null);
    passed += checks.length - bad.length;
    failed += bad.length;
    const verdict = bad.length === 0 && checks.length > 0 ? 'PASS' : 'FAIL';
    log(`${verdict} ${suite.id.padEnd(22)} ${String(checks.length - bad.length).padStart(4)}/${String(checks.length).padEnd(4)} ${suite.folder}`);
    for (const c of bad) log(`       ${c.name}: ${c.failure}`);
  }
  log(`conformance: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = process.argv.slice(2).find((a) => !a.startsWith('-'));
  const dir = resolve(arg ?? join('..', 'shared', 'data'));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`conformance: no data directory at ${dir}${arg ? '' : ' (the default, ../shared/data)'}`);
    console.error('conformance: give the folder that holds xliff2/, tbx/ and tico19/: npm run conformance -- DIR');
    process.exit(2);
  }
  console.log(`conformance: data in ${relative(process.cwd(), dir) || '.'} (${dir})`);
  const { failed } = runSuites(dir, SUITES, (l) => console.log(l));
  process.exit(failed === 0 ? 0 : 1);
}
