import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const cli = (args: string[]) => spawnSync('node', [join(root, 'bin/tarjuman.mjs'), 'qa', ...args], { encoding: 'utf8', cwd: root, timeout: 30_000 });
const dir = mkdtempSync(join(tmpdir(), 'tarjuman-qa-'));

const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const xliff = (trgLang: string, units: [string, string, string][]) => `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:tj="urn:tarjuman:xliff:1" version="2.1" srcLang="en" trgLang="${trgLang}">
 <file id="f1">
${units.map(([id, s, t]) => `  <unit id="${id}"><segment state="translated"><source>${s}</source><target>${t}</target></segment></unit>`).join('\n')}
 </file>
</xliff>
`;

const glossary = file(
  'militia.tbx',
  `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>Militia Spotlight test glossary</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="muqawama">
 <langSec xml:lang="en"><termSec><term>muqawama</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
 <langSec xml:lang="ar"><termSec><term>مقاومة</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
 <langSec xml:lang="fa"><termSec><term>مقاومت</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
</conceptEntry>
<conceptEntry id="qods-force">
 <langSec xml:lang="en"><termSec><term>Qods Force</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
 <langSec xml:lang="ar"><termSec><term>فيلق القدس</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
  <termSec><term>قوة القدس</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
</conceptEntry>
<conceptEntry id="kataib-hezbollah">
 <langSec xml:lang="en"><termSec><term>Kataib Hezbollah</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
 <langSec xml:lang="ar"><termSec><term>كتائب حزب الله</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
 <langSec xml:lang="fa"><termSec><term>کتائب حزب‌الله</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
</conceptEntry>
</body></text></tbx>
`,
);

const CLEAN_AR: [string, string, string][] = [
  ['u1', 'Kataib Hezbollah reposted the message.', 'أعادت كتائب حزب الله نشر الرسالة.'],
  [
    'u2',
    'Unit 10,000 posted a <pc id="1" type="link" tj:href="/node/16707">verse</pc>.',
    'نشرت الوحدة ١٠٬٠٠٠ <pc id="1" type="link" tj:href="/node/16707">آية</pc>.',
  ],
  ['u3', 'a senior Qods Force officer', 'ضابط كبير في فيلق القدس'],
  ['u4', 'Is Masjedi Iran’s ambassador?', 'هل مسجدي سفير إيران؟'],
];

describe('tarjuman qa FILE.xlf (real process)', () => {
  it('prints the findings of a deprecated Arabic term and exits 1', () => {
    const units = CLEAN_AR.map((u) => (u[0] === 'u3' ? (['u3', u[1], 'ضابط كبير في قوة القدس'] as [string, string, string]) : u));
    const r = cli([file('forbidden.xlf', xliff('ar', units)), '--glossary', glossary, '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      { unitId: 'u3', checkId: 'term-missing', severity: 'warning', conceptId: 'qods-force', term: 'Qods Force', expected: 'فيلق القدس' },
      { unitId: 'u3', checkId: 'term-forbidden', severity: 'error', conceptId: 'qods-force', term: 'قوة القدس', status: 'deprecated', expected: 'فيلق القدس' },
    ]);
  });

  it('exits 0 with no findings for a clean Arabic file (Arabic digits and ؟ are right)', () => {
    const r = cli([file('clean.xlf', xliff('ar-IQ', CLEAN_AR)), '--glossary', glossary, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('exits 0 when only warnings are found, and reports a lost link', () => {
    const units: [string, string, string][] = [['u2', CLEAN_AR[1]![1], 'نشرت الوحدة ١٠٬٠٠٠ آيــة.']];
    const r = cli([file('warnings.xlf', xliff('ar', units)), '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { unitId: 'u2', checkId: 'link-missing', severity: 'warning', url: '/node/16707' },
      { unitId: 'u2', checkId: 'kashida', severity: 'warning' },
    ]);
  });

  it('checks a Farsi file: ZWNJ is spelling, a lost number and an RLO are errors', () => {
    const units: [string, string, string][] = [
      ['f1', 'Kataib Hezbollah reposted the message.', 'کتائب حزب‌الله پیام را بازنشر کرد.'],
      ['f2', 'Unit 10,000 posted a verse in 2021.', 'یگان ۱۰٬۰۰۰ آیه‌ای منتشر کرد.'],
      ['f3', 'the Iraqi muqawama', 'مقاومت \u202eعراق'],
    ];
    const r = cli([file('fa.xlf', xliff('fa', units)), '--glossary', glossary, '--json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      { unitId: 'f2', checkId: 'number-mismatch', severity: 'error', value: '2021', text: '2021' },
      { unitId: 'f3', checkId: 'bidi-control', severity: 'error', char: 'U+202E', name: 'RLO', reason: 'unpaired' },
    ]);
  });

  it('prints a readable listing without --json', () => {
    const r = cli([file('listing.xlf', xliff('ar', [['u9', 'The post was deleted.', 'حُذف المنشور']]))]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('u9\twarning\tpunctuation-end\treason=missing expected=period\n1 segments, 1 findings, 0 open errors\n');
  });

  it.each([
    { name: 'a missing file', args: () => [join(dir, 'nope.xlf'), '--json'], message: /cannot read XLIFF .*nope\.xlf: ENOENT/ },
    { name: 'malformed XML', args: () => [file('broken.xlf', '<xliff version="2.1" srcLang="en"><file id="f1">'), '--json'], message: /invalid XLIFF .*broken\.xlf/ },
    {
      name: 'an XLIFF 1.2 file',
      args: () => [file('v12.xlf', '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" datatype="plaintext" original="x"><body/></file></xliff>'), '--json'],
      message: /invalid XLIFF/,
    },
    { name: 'a target language not ours', args: () => [file('de.xlf', xliff('de', CLEAN_AR)), '--json'], message: /trgLang/ },
    { name: 'a bad glossary', args: () => [file('ok.xlf', xliff('ar', CLEAN_AR)), '--glossary', file('bad.tbx', '<tbx><text><body><conceptEntry'), '--json'], message: /invalid glossary .*bad\.tbx/ },
    { name: 'no file', args: () => ['--json'], message: /give one XLIFF FILE/ },
    { name: '--document without --lang', args: () => ['--document', '42', '--json'], message: /--lang/ },
    { name: 'an unknown --lang', args: () => ['--document', '42', '--lang', 'de'], message: /--lang must be/ },
  ])('exits 2 with one line on stderr for $name', ({ args, message }) => {
    const r = cli(args());
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
