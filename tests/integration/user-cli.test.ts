import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql } from '../../lib/db/sql';
import { signIn } from '../../lib/server/sign-in';

const root = join(import.meta.dirname, '..', '..');
// the real command line against the test database (DATABASE_URL from the global setup), the password on stdin
const cli = (args: string[], input = '') => spawnSync(process.execPath, [join(root, 'bin/tarjuman.mjs'), 'user', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, input, env: { ...process.env } });

afterAll(() => closeSql());

describe('tarjuman user', () => {
  it('adds an account with the password from standard input, lists, changes the role and disables it', () => {
    const email = `cli-${Date.now()}@example.test`;
    const added = cli(['add', '--email', email, '--role', 'translator', '--name', 'سارا رضایی'], 'a password from stdin\n');
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(added.stdout).toContain(`${email}\ttranslator\tسارا رضایی`);
    const list = cli(['list', '--json']);
    expect(list.status).toBe(0);
    const accounts = JSON.parse(list.stdout) as { email: string; role: string; name: string; disabled: boolean }[];
    expect(accounts.find((a) => a.email === email)).toMatchObject({ role: 'translator', name: 'سارا رضایی', disabled: false });
    expect(list.stdout).not.toContain('argon2');
    expect(cli(['role', '--email', email, '--role', 'editor']).stdout).toContain(`${email}\teditor`);
    expect(cli(['disable', '--email', email]).stdout).toContain('disabled');
  });

  it('sets a password that signs in (the trailing newline of the pipe is not part of it)', async () => {
    const email = `cli-pw-${Date.now()}@example.test`;
    expect(cli(['add', '--email', email, '--role', 'viewer'], 'first password 1\n').status).toBe(0);
    expect(cli(['password', '--email', email], 'second password 2\n').status).toBe(0);
    expect((await signIn({ email, password: 'second password 2' }, '10.8.0.1')).ok).toBe(true);
    expect((await signIn({ email, password: 'first password 1' }, '10.8.0.2')).ok).toBe(false);
  });

  it.each([
    [['add', '--email', 'x@example.test', '--role', 'owner'], 'long enough password', 'invalid-input'],
    [['add', '--email', 'y@example.test', '--role', 'viewer'], 'short', 'password-invalid'],
    [['role', '--email', 'nobody@example.test', '--role', 'viewer'], '', 'user-not-found'],
    [['add', '--role', 'viewer'], 'long enough password', 'missing --email'],
  ])('refuses %j with exit 2 and a message', (args, input, message) => {
    const r = cli(args, input);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
