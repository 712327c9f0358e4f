import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'tarjuman-align-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const cli = (args: string[]) =>
  spawnSync('node', [join(root, 'bin/tarjuman.mjs'), 'align', ...args], { encoding: 'utf8', cwd: root, timeout: 60_000 });

const EN = [
  'about how long have these symptoms been going on?',
  'and all chest pain should be treated this way especially with your age',
  'and along with a fever',
  'and also needs to be checked your cholesterol blood pressure',
  'and are you having a fever now?',
];
// EN line 3 has no Arabic line (1–0).
const AR = ['منذ متى لا تزال هذه الأعراض مستمرة تقريبًا؟', 'وينبغي علاج كل آلام الصدر بهذه الطريقة خاصة في عمرك', 'وبالإضافة إلى الحمى', 'وهل تعاني من الحمى الآن؟'];
// EN lines 2 and 3 are one Farsi line (2–1); by length alone 1+2 would fit as well: the glossary decides.
const FA = ['تقریباً چه مدت است که این علایم ادامه دارد؟', 'و به خصوص با توجه به سن شما، باید با تمام دردهای قفسه سینه به این شکل رفتار شود', 'و همراه با تب و همچنین نیاز است که کلسترول و فشار خون شما بررسی شود', 'و آیا شما اکنون تب دارید؟'];

describe('tarjuman align (real process)', () => {
  const glossary = file('g.csv', 'concept_id,lang,term,status\nfever,en,fever,preferred\nfever,ar,الحمى,preferred\nfever,fa,تب,preferred\nchol,en,cholesterol,preferred\nchol,fa,کلسترول,preferred\n');
  it.each([
    ['ar', AR, [], [[[0], [0]], [[1], [1]], [[2], [2]], [[3], []], [[4], [3]]]],
    ['fa', FA, ['--glossary', glossary], [[[0], [0]], [[1], [1]], [[2, 3], [2]], [[4], [3]]]],
  ] as const)('aligns presegmented EN-%s lines (1–0 and 2–1 links)', (lang, target, extra, expected) => {
    const r = cli(['--source', file('en.txt', `${EN.join('\n')}\n`), '--target', file(`${lang}.txt`, `${target.join('\n')}\n`), ...extra, '--presegmented', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const links = JSON.parse(r.stdout) as { source: number[]; target: number[]; score: number }[];
    expect(links.map((l) => [l.source, l.target])).toEqual(expected);
    for (const l of links) expect(l.score).toBeGreaterThan(0);
  });

  it('splits sentences when not presegmented (indices are sentence indices)', () => {
    const en = file('en2.txt', 'Qais al-Khazali spoke on November 12. Is Masjedi the ambassador of Iran?\n\nThe post was deleted.');
    const ar = file('ar2.txt', 'تحدث قيس الخزعلي في ١٢ تشرين الثاني. هل مسجدي سفير إيران؟\n\nوحُذف المنشور.');
    const r = cli(['--source', en, '--target', ar, '--json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { source: number[]; target: number[] }[]).map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it('exits 2 with a message for a missing or empty file', () => {
    const en = file('en3.txt', 'Hello there.');
    const missing = cli(['--source', en, '--target', join(dir, 'nope.txt'), '--json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.txt/u);
    const empty = cli(['--source', file('empty.txt', ' \n'), '--target', en, '--json']);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/empty/u);
    expect(cli(['--source', en, '--json']).status).toBe(2);
  });
});
