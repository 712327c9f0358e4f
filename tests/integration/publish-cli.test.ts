import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countDocuments, getDocument } from '../../lib/db/documents';
import { closeSql } from '../../lib/db/sql';
import { validateXliff } from '../../lib/formats/xliff';

const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'tarjuman-cli-'));
const SAMPLE = join(root, 'samples', 'sample-analysis.md');
// Real processes against the test database (DATABASE_URL from the integration global setup).
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin/tarjuman.mjs'), ...args], { cwd: root, encoding: 'buffer', timeout: 60_000, env: { ...process.env } });
const out = (r: ReturnType<typeof cli>) => r.stdout.toString('utf8');
const err = (r: ReturnType<typeof cli>) => r.stderr.toString('utf8');

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeSql();
});

describe('tarjuman import / export as processes', () => {
  it('imports the sample analysis and prints its id and segment count', async () => {
    const r = cli('import', SAMPLE);
    expect(err(r)).toBe('');
    expect(r.status).toBe(0);
    const printed = JSON.parse(out(r));
    const doc = await getDocument(printed.id);
    expect(doc?.title).toBe("Militia Channels Split Over Tehran's Call for Restraint");
    expect(printed.segments).toBe(doc!.segments.length);

    const json = cli('export', String(printed.id), '--lang', 'en', '--format', 'json');
    expect(json.status).toBe(0);
    const exported = JSON.parse(out(json));
    expect(exported.segments.map((s: { source: { text: string } }) => s.source.text)).toEqual(doc!.segments.map((s) => s.text));

    const file = join(dir, 'sample.ar.xlf');
    const x = cli('export', String(printed.id), '--lang', 'ar', '--format', 'xliff', '--out', file);
    expect(x.status).toBe(0);
    expect(validateXliff(readFileSync(file))).toMatchObject({ valid: true, errors: [] });

    const html = cli('export', String(printed.id), '--lang', 'ar', '--format', 'html');
    expect(html.status).toBe(0);
    expect(out(html)).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);

    const docx = cli('export', String(printed.id), '--lang', 'fa', '--format', 'docx');
    expect(docx.status).toBe(0);
    expect(docx.stdout.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('imports an Arabic Markdown analysis with --lang ar', async () => {
    const md = join(dir, 'ar.md');
    writeFileSync(md, '# صابرين نيوز تنتقد إيران\n\nانتقدت **صابرين نيوز** إيران لعدم دعمها [الفصائل](https://example.org).\n');
    const r = cli('import', md, '--lang', 'ar');
    expect(r.status).toBe(0);
    const doc = await getDocument(JSON.parse(out(r)).id);
    expect(doc?.sourceLang).toBe('ar');
    expect(doc?.segments.some((s) => s.text.includes('صابرين نيوز'))).toBe(true);
  });

  it.each([
    ['an empty file', () => (writeFileSync(join(dir, 'empty.txt'), ''), ['import', join(dir, 'empty.txt')]), /import-empty/],
    ['a binary file', () => (writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7])), ['import', join(dir, 'bin.txt')]), /import-binary/],
    ['a missing file', () => ['import', join(dir, 'nope.md')], /cannot read/],
    ['no file', () => ['import'], /give one FILE/],
  ])('refuses %s with exit 2 and stores nothing', async (_name, args, message) => {
    const before = await countDocuments();
    const r = cli(...args());
    expect(r.status).toBe(2);
    expect(err(r)).toMatch(message);
    expect(out(r)).toBe('');
    expect(await countDocuments()).toBe(before);
  });

  it.each([
    [['export', '987654321', '--lang', 'ar', '--format', 'html'], /no document 987654321/],
    [['export', 'abc', '--lang', 'ar'], /numeric id/],
    [['export', '1', '--lang', 'de'], /--lang must be/],
    [['export', '1', '--lang', 'ar', '--format', 'pdf'], /--format must be/],
    [['export', '1', '--format', 'json'], /missing --lang/],
    [['export', '1', '--lang', 'ar', '--format', 'html', '--style', '{"calendar":"solar-hijri"}'], /house-style-unsupported/],
  ])('export %j exits 2 with a message', (args, message) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(err(r)).toMatch(message);
  });
});
