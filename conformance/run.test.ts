import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSuites } from './run';
import { tbxSuite } from './suites/tbx';
import { ticoParallelSuite } from './suites/tico19';
import { xliffSuites } from './suites/xliff';

// The runner over a data folder laid out like ../shared/data but filled with our own fixtures.
const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'tests', 'fixtures');

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tarjuman-conformance-'));
  const suite = join(dir, 'xliff2', 'xliff-21-test-suite');
  cpSync(join(fixtures, 'xliff', 'valid'), join(suite, 'core', 'valid'), { recursive: true });
  cpSync(join(fixtures, 'xliff', 'invalid'), join(suite, 'core', 'invalid'), { recursive: true });
  mkdirSync(join(suite, 'modules', 'valid'), { recursive: true });
  mkdirSync(join(suite, 'modules', 'invalid'), { recursive: true });
  cpSync(join(fixtures, 'xliff', 'valid', 'glossary-module.xlf'), join(suite, 'modules', 'valid', 'glossary-module.xlf'));
  cpSync(join(fixtures, 'xliff', 'invalid', 'mod.mtc.xmlLang.xlf'), join(suite, 'modules', 'invalid', 'mod.mtc.xmlLang.xlf'));
  cpSync(join(fixtures, 'tbx'), join(dir, 'tbx', 'okapi-tbx2'), { recursive: true });
  const parallel = join(dir, 'tico19', 'parallel');
  mkdirSync(parallel, { recursive: true });
  writeFileSync(join(parallel, 'tico19.ids.tsv'), 'line\ttuid\n1\tT:1\n2\tT:2\n');
  writeFileSync(join(parallel, 'tico19.en.txt'), 'A ceasefire holds.\nNobody claimed the strike.\n');
  writeFileSync(join(parallel, 'tico19.ar.txt'), 'وقف إطلاق النار صامد.\nلم يتبنَّ أحد الضربة.\n');
  writeFileSync(join(parallel, 'tico19.fa.txt'), 'آتش‌بس برقرار است.\n');
  return dir;
}

describe('npm run conformance', () => {
  it('prints one line per suite and the totals, naming each failure', () => {
    const dir = dataDir();
    const lines: string[] = [];
    const r = runSuites(dir, [...xliffSuites, tbxSuite, ticoParallelSuite], (l) => lines.push(l));
    expect(lines.filter((l) => /^(PASS|FAIL) /u.test(l)).map((l) => l.slice(0, 4) + ' ' + l.split(/\s+/u)[1])).toEqual([
      'PASS xliff-core-valid', 'PASS xliff-core-invalid', 'PASS xliff-modules-valid', 'PASS xliff-modules-invalid', 'PASS tbx-okapi', 'FAIL tico19-parallel',
    ]);
    // the Farsi file has one line where the ids have two
    expect(lines).toContain('       tico19.fa.txt: lines (one per id): got 1, expected 2');
    expect(r).toEqual({ passed: 19 + 35 + 2 + 6 + 3, failed: 1 });
    expect(lines.at(-1)).toBe(`conformance: ${r.passed} passed, 1 failed`);
  });

  it('fails a valid file the validator rejects, an invalid one it accepts, and a missing folder', () => {
    const dir = dataDir();
    const suite = join(dir, 'xliff2', 'xliff-21-test-suite', 'core');
    cpSync(join(fixtures, 'xliff', 'invalid', 'core.cp.hex.xlf'), join(suite, 'valid', 'core.cp.hex.xlf'));
    cpSync(join(fixtures, 'xliff', 'valid', 'notes.xlf'), join(suite, 'invalid', 'notes.xlf'));
    const lines: string[] = [];
    const r = runSuites(dir, [...xliffSuites.slice(0, 2), { ...tbxSuite, folder: 'tbx/missing' }], (l) => lines.push(l));
    expect(r.failed).toBe(3);
    expect(lines).toContain('       core.cp.hex.xlf: rejected: core.cp.hex at line 5 (hex="DFFFFFF")');
    expect(lines).toContain('       notes.xlf: accepted, but the suite says it is invalid');
    expect(lines.some((l) => l.startsWith('FAIL tbx-okapi') && l.endsWith('tbx/missing'))).toBe(true);
  });

  it('says clearly when the data directory is missing, with exit 2', () => {
    const run = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'conformance', 'run.ts'), join(tmpdir(), 'no-such-data-dir')], { encoding: 'utf8', cwd: root, timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no data directory at .*no-such-data-dir/u);
    expect(run.stderr).toMatch(/npm run conformance -- DIR/u);
    expect(run.stdout).toBe('');
  }, 60_000);
});
