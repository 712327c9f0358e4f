import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSql, sql } from '../../lib/db/sql';
import { SYSTEM_ACTOR } from '../../lib/server/actor';
import { hashToken } from '../../lib/server/session-token';
import { resolveSession } from '../../lib/server/sessions';
import { SIGN_IN_LIMITS, signIn, signOut } from '../../lib/server/sign-in';
import { addUser, disableUser, ensureFirstAdmin, listUsers, me, setUserPassword, setUserRole } from '../../lib/server/users';
import { auditLog } from '../../lib/server/audit';
import { unwrap } from './support';

afterAll(() => closeSql());

let n = 0;
/** A fresh account of `role` (its own email, so the limits of one test do not touch another). */
async function account(role: 'admin' | 'editor' | 'translator' | 'viewer', name = 'Test user') {
  const email = `acct${++n}-${Date.now()}@example.test`;
  const password = 'correct horse battery';
  const user = await unwrap(addUser(SYSTEM_ACTOR, { email, name, role, password }));
  return { ...user, password };
}

beforeAll(async () => {
  // the first start's admin: created when no account can sign in, never twice. Accounts other test
  // files made are set aside for the moment (disabled), then given back.
  const others = await sql<{ id: string }[]>`update users set disabled = true where email is not null and not disabled returning id`;
  try {
    const first = await ensureFirstAdmin({ email: 'Boss@Example.test', password: 'first-admin-password' });
    expect(first).toEqual({ email: 'boss@example.test', password: null });
    expect(await ensureFirstAdmin({ email: 'other@example.test' })).toBeNull();
    // without TARJUMAN_ADMIN_*: admin@localhost with a generated password, returned to be printed once
    await sql`update users set disabled = true where email = 'boss@example.test'`;
    const generated = await ensureFirstAdmin({});
    expect(generated?.email).toBe('admin@localhost');
    expect(generated?.password).toMatch(/^[A-Za-z0-9]{18}$/u);
    expect((await signIn({ email: 'admin@localhost', password: generated!.password! }, '10.9.9.9')).ok).toBe(true);
    await sql`update users set disabled = false where email = 'boss@example.test'`;
  } finally {
    await sql`update users set disabled = false where id = any(${others.map((o) => o.id)})`;
  }
});

describe('sign-in', () => {
  it('signs in with email (any case) and password, and the token names the user', async () => {
    const u = await account('translator', 'رضا مترجم');
    const r = await unwrap(signIn({ email: `  ${u.email.toUpperCase()} `, password: u.password }, '10.0.0.1'));
    expect(r.user).toMatchObject({ email: u.email, name: 'رضا مترجم', role: 'translator' });
    expect(r.token).toMatch(/^[A-Za-z0-9_-]{43}$/u);
    // only the hash is stored
    const stored = await sql`select token_hash from sessions where token_hash = ${r.token}`;
    expect(stored).toHaveLength(0);
    expect(await sql`select 1 from sessions where token_hash = ${hashToken(r.token)}`).toHaveLength(1);
    const session = await resolveSession(r.token);
    expect(session?.actor).toEqual({ id: u.id, role: 'translator' });
    expect(await unwrap(me(session!.actor))).toEqual({ email: u.email, name: 'رضا مترجم', role: 'translator' });
  });

  it('refuses a wrong password, an unknown email and a disabled account with the same answer', async () => {
    const u = await account('editor');
    const wrong = await signIn({ email: u.email, password: 'not the password' }, '10.0.0.2');
    const unknown = await signIn({ email: `nobody-${n}@example.test`, password: u.password }, '10.0.0.2');
    await unwrap(disableUser(SYSTEM_ACTOR, { email: u.email }));
    const disabled = await signIn({ email: u.email, password: u.password }, '10.0.0.2');
    for (const r of [wrong, unknown, disabled]) expect(r).toEqual({ ok: false, code: 'sign-in-failed', params: {} });
    expect(await signIn({ email: u.email }, '10.0.0.2')).toMatchObject({ ok: false, code: 'invalid-input' });
  });

  it('records sign-ins and failures in the audit log', async () => {
    const u = await account('viewer');
    await signIn({ email: u.email, password: 'nope nope nope' }, '10.0.0.3');
    await unwrap(signIn({ email: u.email, password: u.password }, '10.0.0.3'));
    const log = await unwrap(auditLog(SYSTEM_ACTOR, { limit: 50 }));
    const mine = log.filter((e) => e.subject === u.email).map((e) => [e.action, e.address]);
    expect(mine).toEqual([['sign-in', '10.0.0.3'], ['sign-in-failed', '10.0.0.3'], ['user-add', null]]);
    expect(await auditLog({ id: u.id, role: 'viewer' })).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('sessions', () => {
  it('ends at sign-out: the token no longer works', async () => {
    const u = await account('translator');
    const s = await unwrap(signIn({ email: u.email, password: u.password }, '10.0.1.1'));
    expect(await resolveSession(s.token)).not.toBeNull();
    await unwrap(signOut(s.token));
    expect(await resolveSession(s.token)).toBeNull();
    // signing out twice, or with no cookie, is no error
    expect(await signOut(s.token)).toEqual({ ok: true, value: null });
    expect(await signOut(undefined)).toEqual({ ok: true, value: null });
  });

  it('expires', async () => {
    const u = await account('translator');
    const s = await unwrap(signIn({ email: u.email, password: u.password }, '10.0.1.2'));
    expect(s.expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    await sql`update sessions set expires_at = now() - interval '1 second' where token_hash = ${hashToken(s.token)}`;
    expect(await resolveSession(s.token)).toBeNull();
  });

  it('gives every sign-in a new token, and rotates an hour-old one, the old token good for a short grace only', async () => {
    const u = await account('editor');
    const a = await unwrap(signIn({ email: u.email, password: u.password }, '10.0.1.3'));
    const b = await unwrap(signIn({ email: u.email, password: u.password }, '10.0.1.3'));
    expect(a.token).not.toBe(b.token);
    // young sessions are not rotated
    expect((await resolveSession(a.token, { rotate: true }))?.renewed).toBeNull();
    await sql`update sessions set rotated_at = now() - interval '2 hours' where token_hash = ${hashToken(a.token)}`;
    const rotated = await resolveSession(a.token, { rotate: true });
    const renewed = rotated!.renewed!;
    expect(renewed.token).not.toBe(a.token);
    expect((await resolveSession(renewed.token))?.actor.id).toBe(u.id);
    // a request already on its way with the old token still works, and does not rotate again
    expect(await resolveSession(a.token, { rotate: true })).toMatchObject({ actor: { id: u.id }, renewed: null });
    await sql`update sessions set rotated_at = now() - interval '5 minutes' where token_hash = ${hashToken(renewed.token)}`;
    expect(await resolveSession(a.token)).toBeNull();
    expect(await resolveSession(renewed.token)).not.toBeNull();
  });

  it('ends when the user is disabled or gets a new password; refuses tokens of the wrong shape', async () => {
    const u = await account('translator');
    const s = await unwrap(signIn({ email: u.email, password: u.password }, '10.0.1.4'));
    await unwrap(setUserPassword(SYSTEM_ACTOR, { email: u.email, password: 'a brand new password' }));
    expect(await resolveSession(s.token)).toBeNull();
    const t = await unwrap(signIn({ email: u.email, password: 'a brand new password' }, '10.0.1.4'));
    await unwrap(disableUser(SYSTEM_ACTOR, { email: u.email }));
    expect(await resolveSession(t.token)).toBeNull();
    for (const bad of ['', 'x', "' or 1=1 --", 'a'.repeat(44)]) expect(await resolveSession(bad)).toBeNull();
  });
});

describe('rate limits on sign-in', () => {
  it(`refuses an account after ${SIGN_IN_LIMITS.perAccount} failures, from any address, even with the right password`, async () => {
    const u = await account('translator');
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect(await signIn({ email: u.email, password: `wrong ${i} password` }, `10.1.0.${i}`)).toMatchObject({ code: 'sign-in-failed' });
    }
    const r = await signIn({ email: u.email, password: u.password }, '10.1.0.99');
    expect(r).toMatchObject({ ok: false, code: 'sign-in-throttled' });
    expect(Number((r as unknown as { params: { retryAfter: number } }).params.retryAfter)).toBeGreaterThan(800);
    // once the failures leave the window the account signs in again
    await sql`update sign_in_attempts set at = at - interval '16 minutes' where email = ${u.email}`;
    expect((await signIn({ email: u.email, password: u.password }, '10.1.0.99')).ok).toBe(true);
  });

  it(`refuses an address after ${SIGN_IN_LIMITS.perAddress} failures, whatever the account`, async () => {
    const address = '10.2.0.1';
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await signIn({ email: `guess${i}@example.test`, password: 'guessing guessing' }, address);
    const u = await account('viewer');
    expect(await signIn({ email: u.email, password: u.password }, address)).toMatchObject({ ok: false, code: 'sign-in-throttled' });
    // another address is not affected
    expect((await signIn({ email: u.email, password: u.password }, '10.2.0.2')).ok).toBe(true);
  });
});

describe('accounts', () => {
  it('adds, lists, changes roles and disables; keeps the last admin; words its refusals', async () => {
    const u = await account('translator', 'مریم نوری');
    const list = await unwrap(listUsers(SYSTEM_ACTOR));
    expect(list.find((a) => a.email === u.email)).toMatchObject({ name: 'مریم نوری', role: 'translator', disabled: false });
    expect(JSON.stringify(list)).not.toContain('argon2');
    expect(await unwrap(setUserRole(SYSTEM_ACTOR, { email: u.email, role: 'editor' }))).toMatchObject({ role: 'editor' });
    expect(await addUser(SYSTEM_ACTOR, { email: u.email, role: 'viewer', password: 'long enough password' })).toMatchObject({ ok: false, code: 'user-exists' });
    expect(await addUser(SYSTEM_ACTOR, { email: 'short@example.test', role: 'viewer', password: 'short' })).toMatchObject({ ok: false, code: 'password-invalid', params: { min: 10 } });
    expect(await addUser(SYSTEM_ACTOR, { email: 'x@example.test', role: 'owner', password: 'long enough password' })).toMatchObject({ ok: false, code: 'invalid-input', params: { field: 'role' } });
    expect(await setUserRole(SYSTEM_ACTOR, { email: 'nobody@example.test', role: 'viewer' })).toMatchObject({ ok: false, code: 'user-not-found' });
    expect(await setUserRole({ id: u.id, role: 'editor' }, { email: u.email, role: 'admin' })).toMatchObject({ ok: false, code: 'forbidden' });
    // the admins: the first one and any added; the last one cannot be demoted or disabled
    const admins = (await unwrap(listUsers(SYSTEM_ACTOR))).filter((a) => a.role === 'admin' && !a.disabled);
    for (const a of admins.slice(1)) await unwrap(setUserRole(SYSTEM_ACTOR, { email: a.email, role: 'editor' }));
    expect(await setUserRole(SYSTEM_ACTOR, { email: admins[0]!.email, role: 'editor' })).toMatchObject({ ok: false, code: 'last-admin' });
    expect(await disableUser(SYSTEM_ACTOR, { email: admins[0]!.email })).toMatchObject({ ok: false, code: 'last-admin' });
    const log = await unwrap(auditLog(SYSTEM_ACTOR, { action: 'user-role' }));
    expect(log.find((e) => e.subject === u.email)?.details).toEqual({ from: 'translator', to: 'editor' });
  });
});
