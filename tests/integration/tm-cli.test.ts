import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../lib/db/documents';
import { closeSql } from '../../lib/db/sql';
import type { PmNode } from '../../lib/documents/types';
import { tmxProblems } from '../../lib/formats/tmx-check';
import { readTmx } from '../../lib/formats/tmx-read';

const root = process.cwd();
const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/tarjuman.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env } });
const para = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

afterAll(() => closeSql());

describe('tarjuman tm (real PostgreSQL)', () => {
  it('imports a TMX file, looks up, searches, analyses, pre-translates and exports', async () => {
    const fixture = join(root, 'tests/fixtures/tmx/en-ar-fa-utf16be-bom.tmx');
    const imp = cli('tm', 'import', fixture, '--memory', 'CLI memory');
    expect(imp.status, imp.stderr).toBe(0);
    expect(JSON.parse(imp.stdout)).toMatchObject({ memory: 'CLI memory' });
    expect(imp.stderr).toMatch(/en-ar-fa-utf16be-bom\.tmx:\d+:\d+: inline-flattened/);

    const look = cli('tm', 'lookup', '--source', 'en', '--target', 'ar', 'Nobody has claimed the attack.', '--memory', 'CLI memory', '--json');
    expect(look.status, look.stderr).toBe(0);
    const matches = JSON.parse(look.stdout) as { score: number; source: string; target: string; memory: string; origin: object }[];
    expect(matches[0]).toMatchObject({ score: 80, source: 'Nobody has claimed the strike.', target: 'لم يتبنَّ أحد الضربة.', memory: 'CLI memory' });

    const conc = cli('tm', 'concordance', '--lang', 'fa', 'مسئولیت', '--json');
    expect(conc.status, conc.stderr).toBe(0);
    expect((JSON.parse(conc.stdout) as { target: string }[]).some((h) => h.target.includes('مسئولیت این حمله'))).toBe(true);

    const id = await createDocument(
      { title: 'CLI pretranslate', authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en', segments: [{ kind: 'paragraph', content: para('Nobody has claimed the strike.'), text: 'Nobody has claimed the strike.' }, { kind: 'paragraph', content: para('Something new.'), text: 'Something new.' }] },
      'local',
    );
    const analysis = cli('tm', 'analyze', '--document', String(id), '--lang', 'ar', '--json');
    expect(analysis.status, analysis.stderr).toBe(0);
    expect(JSON.parse(analysis.stdout).bands).toMatchObject({ '100': { segments: 1, words: 5 }, none: { segments: 1, words: 2 } });
    const table = cli('tm', 'analyze', '--document', String(id), '--lang', 'ar');
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^100% +1 +5$/m);
    expect(table.stdout).toMatch(/^no match +1 +2$/m);
    expect(table.stdout).toMatch(/^total +2 +7$/m);
    const pre = cli('tm', 'pretranslate', '--document', String(id), '--lang', 'ar', '--min', '100', '--json');
    expect(pre.status, pre.stderr).toBe(0);
    expect(JSON.parse(pre.stdout)).toMatchObject({ filled: 1 });

    const out = join(mkdtempSync(join(tmpdir(), 'tm-cli-')), 'out.tmx');
    const exp = cli('tm', 'export', '--source', 'en', '--target', 'fa', '--memory', 'CLI memory', '--out', out);
    expect(exp.status, exp.stderr).toBe(0);
    expect(tmxProblems(new Uint8Array(readFileSync(out)))).toEqual([]);
    const back = readTmx(new Uint8Array(readFileSync(out)));
    expect(back.units.map((u) => u.variants.map((v) => v.lang.slice(0, 2)))).toContainEqual(['en', 'fa']);
  });

  it('importing a file twice adds nothing the second time, and says so', () => {
    const fixture = join(root, 'tests/fixtures/tmx/en-ar-fa.tmx');
    const first = cli('tm', 'import', fixture, '--memory', 'CLI twice');
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ memory: 'CLI twice', units: 8, added: 8, updated: 0, unchanged: 0, warnings: 2 });
    const second = cli('tm', 'import', fixture, '--memory', 'CLI twice');
    expect(second.status, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({ memory: 'CLI twice', units: 8, added: 0, updated: 0, unchanged: 8, warnings: 2 });
    const out = join(mkdtempSync(join(tmpdir(), 'tm-cli-')), 'twice.tmx');
    expect(cli('tm', 'export', '--source', 'en', '--target', 'fa', '--memory', 'CLI twice', '--out', out).status).toBe(0);
    expect(readTmx(new Uint8Array(readFileSync(out))).units).toHaveLength(4);
    // streamed to standard output, the same units; an output file that cannot be written is bad input
    const piped = cli('tm', 'export', '--source', 'en', '--target', 'fa', '--memory', 'CLI twice');
    expect(piped.status, piped.stderr).toBe(0);
    expect(readTmx(piped.stdout).units.map((u) => u.variants[1]!.text)).toEqual(readTmx(new Uint8Array(readFileSync(out))).units.map((u) => u.variants[1]!.text));
    const unwritable = cli('tm', 'export', '--source', 'en', '--target', 'fa', '--memory', 'CLI twice', '--out', join(out, 'no', 'such.tmx'));
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toMatch(/cannot write .*such\.tmx: E[A-Z]+/);
  });

  it('refuses a broken file with its line and column and exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tm-cli-'));
    const bad = join(dir, 'bad.tmx');
    writeFileSync(bad, '<tmx version="1.4">\n<header srclang="en"/>\n<body><tu><tuv xml:lang="en"><seg>x</seg></tuv>\n</body></tmx>');
    const r = cli('tm', 'import', bad);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/xml-malformed|tmx-invalid/);
    expect(r.stderr).toMatch(/"line":\d+/);
  });
});
