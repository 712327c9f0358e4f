import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const cli = (args: string[], input: string) =>
  spawnSync('node', [join(root, 'bin/tarjuman.mjs'), ...args], { input, encoding: 'utf8', cwd: root, timeout: 30_000 });

describe('tarjuman segment (real process)', () => {
  it('segment prints the sentences as a JSON array', () => {
    const r = cli(['segment', '--lang', 'ar', '-'], 'قال د. علي: هل هذا صحيح؟ نعم، بلغ ١٠٬٠٠٠.');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(['قال د. علي: هل هذا صحيح؟', 'نعم، بلغ ١٠٬٠٠٠.']);
  });

  it('segment refuses an unknown language', () => {
    const r = cli(['segment', '--lang', 'de', '-'], 'x');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--lang/);
  });

});
