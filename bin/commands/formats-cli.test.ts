import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixtures = resolve(root, 'tests/fixtures');
const cli = (...args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'tarjuman', '--', ...args], { encoding: 'utf8', cwd: root, timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'tarjuman-formats-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('tarjuman validate (real process)', { timeout: 60_000 }, () => {
  it('prints {"valid":true} and exits 0 for a valid file', () => {
    const run = cli('validate', `${fixtures}/xliff/valid/everything-core.xlf`);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ valid: true });
  });
  it('exits non-zero naming the rule for an invalid file', () => {
    const run = cli('validate', `${fixtures}/xliff/invalid/core.canReorder.sequence.xlf`);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: false, rule: 'core.canReorder.copyDelete' });
    expect(run.stderr).toMatch(/rule core\.canReorder\.sequence/);
  });
  it('--json lists every violation, the rules checked and the namespaces it did not validate', () => {
    const xlf = file(
      'ext.xlf',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:x="urn:example:ext" version="2.1" srcLang="en" trgLang="ar">' +
        '<file id="f"><x:note id="k1">keep</x:note><unit id="u"><segment><source>Qods <ph id="1" canDelete="no"/>Force</source>' +
        '<target>فيلق القدس</target></segment></unit></file></xliff>',
    );
    const run = cli('validate', xlf, '--json');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.errors).toEqual([expect.objectContaining({ rule: 'core.canDelete.target', line: 1 })]);
    expect(report.rulesChecked).toContain('core.canDelete.target');
    expect(report.rulesChecked).not.toContain('mod.mtc.ref');
    expect(report.modulesNotValidated).toEqual(['urn:example:ext']);
  });
  it('--prefixes registers an extension prefix for fragment identifiers', () => {
    const xlf = file(
      'prefix.xlf',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:x="urn:example:ext" version="2.1" srcLang="en">' +
        '<file id="f"><unit id="u"><x:term id="t1">Qods</x:term><segment><source><mrk id="m" type="term" ref="#xt=t1">Qods</mrk></source></segment></unit></file></xliff>',
    );
    expect(cli('validate', xlf).stdout).toMatch(/core\.fragid\.prefix/);
    const props = file('prefixes.properties', '# namespace=prefix\nurn\\:example\\:ext=xt\n');
    const run = cli('validate', xlf, '--prefixes', props);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ valid: true });
  });
  it('refuses an empty file with exit 2', () => {
    const run = cli('validate', file('empty.xlf', ''));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/file-empty/);
  });
});

describe('tarjuman glossary check (real process, no database)', () => {
  it('summarizes the windows-1254 TBX fixture', () => {
    const run = cli('glossary', 'check', `${fixtures}/tbx/v2-windows-1254.tbx`, '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ concepts: 1, terms: 1, languages: ['en'] });
    expect(run.stderr).toMatch(/tr: 1/);
  });
  it('summarizes a Farsi list in the TICO-19 layout and an Arabic/Farsi CSV of our layout', () => {
    expect(JSON.parse(cli('glossary', 'check', `${fixtures}/glossary/tico-g-en-fa.csv`, '--json').stdout)).toEqual({ concepts: 5, terms: 10, languages: ['en', 'fa'] });
    const own = file('house.csv', 'concept_id,lang,term,status\nqf,en,Qods Force,preferred\nqf,ar,فيلق القدس,preferred\nqf,fa,نیروی‌قدس,preferred\nqf,ar,قوة القدس,forbidden\n');
    expect(JSON.parse(cli('glossary', 'check', own, '--json').stdout)).toEqual({ concepts: 1, terms: 4, languages: ['en', 'ar', 'fa'] });
  });
  it.each([
    ['malformed XML', 'bad.tbx', '<martif>\n<text>\n</martif>', /bad\.tbx:3:\d+: xml-malformed/],
    ['a billion-laughs file', 'bomb.tbx', '<!DOCTYPE m [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>\n<martif>&b;</martif>', /xml-entity-forbidden/],
    ['a CSV with a bad row', 'bad.csv', 'concept_id,lang,term\nx,ar,"مقاومة\n', /bad\.csv:2:1: csv-invalid .*unterminated-quote/],
    ['a binary file', 'x.tbx', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), /file-binary/],
  ])('reports %s on stderr with exit 2', (_name, name, content, pattern) => {
    const run = cli('glossary', 'check', file(name, content), '--json');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(pattern);
  });
});
