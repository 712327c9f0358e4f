import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const cli = (args: string[], input: string) =>
  spawnSync('node', [join(root, 'bin/tarjuman.mjs'), ...args], { input, encoding: 'utf8', cwd: root, timeout: 30_000 });

const dir = mkdtempSync(join(tmpdir(), 'tarjuman-terms-'));
const csv = join(dir, 'glossary.csv');
writeFileSync(
  csv,
  'concept_id,lang,term,status,type\nkh,en,Kataib Hezbollah,preferred,fullForm\nkh,en,KH,preferred,acronym\nkh,ar,كتائب حزب الله,preferred,fullForm\nres,ar,مقاومة,preferred,fullForm\nres,fa,مقاومت,admitted,fullForm\n',
);
const tbx = join(dir, 'glossary.tbx');
writeFileSync(
  tbx,
  `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="hz"><langSec xml:lang="fa"><termSec><term>حزب‌الله</term>
<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
</body></text></tbx>
`,
);

describe('tarjuman terms (real process)', () => {
  it('terms prints matches with UTF-16 offsets of the UTF-8 input (CSV glossary)', () => {
    const input = '😀 وكتائب حزب الله والمقاومة';
    const r = cli(['terms', '--glossary', csv, '--lang', 'ar', '-'], input);
    expect(r.status).toBe(0);
    const matches = JSON.parse(r.stdout) as { start: number; end: number; text: string; conceptId: string }[];
    expect(matches.map((m) => [m.text, m.conceptId])).toEqual([['وكتائب حزب الله', 'kh'], ['والمقاومة', 'res']]);
    for (const m of matches) expect(input.slice(m.start, m.end)).toBe(m.text);
  });

  it('terms reads a TBX-Basic glossary', () => {
    const out = execFileSync('node', [join(root, 'bin/tarjuman.mjs'), 'terms', '--glossary', tbx, '--lang', 'fa', '-'], { input: 'حزب الله', encoding: 'utf8', cwd: root });
    expect(JSON.parse(out)).toEqual([{ start: 0, end: 8, text: 'حزب الله', conceptId: 'hz', term: 'حزب‌الله', lang: 'fa', status: 'preferred' }]);
  });

  it('a malformed glossary gives one line naming the line, and a non-zero exit', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'concept_id,lang,term,status,type\nkh,en,KH,preferred,acronym\nkh,en,"KH,preferred\n');
    const r = cli(['terms', '--glossary', bad, '--lang', 'en', '-'], 'KH');
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.csv:3/);
  });
});
