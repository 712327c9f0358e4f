import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../contract/app-error';
import type { ActionResult } from '../contract/result';
import { deleteUserSessions } from '../db/sessions';
import { transaction, type Tx } from '../db/sql';
import { countActiveAccounts, findUserByEmail, getUser, insertUser, listAccountRows, updateUser, type UserRow } from '../db/users';
import { act } from './act';
import { audit } from './audit';
import { checkPassword, generatePassword, hashPassword } from './passwords';
import { ROLES, isRole, type Actor, type Role } from './roles';
import { normalizeEmail } from './sign-in';

/** A user as the admin page and `tarjuman user list --json` show it. */
export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

const toAccount = (u: UserRow): Account => ({
  id: u.id,
  email: u.email ?? '',
  name: u.name,
  role: isRole(u.role) ? u.role : 'viewer',
  disabled: u.disabled,
  createdAt: u.createdAt.toISOString(),
});

const EmailSchema = z.string().trim().max(320).regex(/^[^\s@]+@[^\s@]+$/u).transform(normalizeEmail);
const NewUserSchema = z.object({
  email: EmailSchema,
  name: z.string().trim().max(200).optional(),
  role: z.enum(ROLES),
  password: z.string(),
});

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const r = schema.safeParse(input);
  if (!r.success) throw new AppError('invalid-input', { field: String(r.error.issues[0]?.path[0] ?? '') });
  return r.data;
}

async function accountByEmail(email: unknown): Promise<UserRow> {
  const user = await findUserByEmail(parse(EmailSchema, email));
  if (!user) throw new AppError('user-not-found', { email: String(email) });
  return user;
}

/** The signed-in user as GET /api/me and the header show it. */
export async function me(actor: Actor): Promise<ActionResult<{ email: string; name: string; role: Role }>> {
  return act(actor, [], async () => {
    const user = await getUser(actor.id);
    if (!user) throw new AppError('actor-unknown', { user: actor.id });
    return { email: user.email ?? '', name: user.name, role: actor.role };
  });
}

/** Every account, by email (admins). */
export function listUsers(actor: Actor): Promise<ActionResult<Account[]>> {
  return act(actor, 'users.manage', async () => (await listAccountRows()).map(toAccount));
}

/** Adds an account (`already-exists` for a taken email, `password-invalid` for a short password). */
export function addUser(actor: Actor, input: unknown): Promise<ActionResult<Account>> {
  return act(actor, 'users.manage', async () => {
    const data = parse(NewUserSchema, input);
    const passwordHash = await hashPassword(checkPassword(data.password));
    const id = `u-${randomUUID()}`;
    const name = data.name || data.email.split('@')[0]!;
    await transaction(async (tx) => {
      if (await findUserByEmail(data.email, tx)) throw new AppError('user-exists', { email: data.email });
      await insertUser({ id, email: data.email, name, role: data.role, passwordHash }, tx);
      await audit({ actor: actor.id, action: 'user-add', subject: data.email, details: { role: data.role } }, tx);
    });
    return toAccount((await getUser(id))!);
  });
}

// the last admin who can sign in is never demoted or disabled: nobody could manage users after
async function keepAnAdmin(user: UserRow, tx: Tx): Promise<void> {
  if (user.role === 'admin' && !user.disabled && (await countActiveAccounts('admin', tx)) <= 1) throw new AppError('last-admin', { email: user.email ?? '' });
}

/** Changes an account's role (recorded in the audit log). */
export function setUserRole(actor: Actor, input: { email: unknown; role: unknown }): Promise<ActionResult<Account>> {
  return act(actor, 'users.manage', async () => {
    const role = parse(z.enum(ROLES), input.role);
    const user = await accountByEmail(input.email);
    await transaction(async (tx) => {
      if (role !== 'admin') await keepAnAdmin(user, tx);
      await updateUser(user.id, { role }, tx);
      await audit({ actor: actor.id, action: 'user-role', subject: user.email, details: { from: user.role, to: role } }, tx);
    });
    return toAccount((await getUser(user.id))!);
  });
}

/** Disables an account: its sessions end at once and it cannot sign in again. */
export function disableUser(actor: Actor, input: { email: unknown }): Promise<ActionResult<Account>> {
  return act(actor, 'users.manage', async () => {
    const user = await accountByEmail(input.email);
    await transaction(async (tx) => {
      await keepAnAdmin(user, tx);
      await updateUser(user.id, { disabled: true }, tx);
      await deleteUserSessions(user.id, tx);
      await audit({ actor: actor.id, action: 'user-disable', subject: user.email }, tx);
    });
    return toAccount((await getUser(user.id))!);
  });
}

/** Sets an account's password; its sessions end (sign in again with the new one). */
export function setUserPassword(actor: Actor, input: { email: unknown; password: unknown }): Promise<ActionResult<Account>> {
  return act(actor, 'users.manage', async () => {
    const user = await accountByEmail(input.email);
    const passwordHash = await hashPassword(checkPassword(input.password));
    await transaction(async (tx) => {
      await updateUser(user.id, { passwordHash }, tx);
      await deleteUserSessions(user.id, tx);
      await audit({ actor: actor.id, action: 'user-password', subject: user.email }, tx);
    });
    return toAccount((await getUser(user.id))!);
  });
}

/**
 * The first start's admin: when no account exists yet, creates one with TARJUMAN_ADMIN_EMAIL (default
 * admin@localhost) and TARJUMAN_ADMIN_PASSWORD, or a generated password returned to be printed once.
 * Does nothing once any account exists.
 */
export async function ensureFirstAdmin(env: { email?: string; password?: string } = {}): Promise<{ email: string; password: string | null } | null> {
  if ((await countActiveAccounts()) > 0) return null;
  const email = normalizeEmail(env.email || 'admin@localhost');
  const given = env.password || null;
  const password = given ?? generatePassword();
  const r = await addUser({ id: 'system', role: 'admin' }, { email, name: 'Admin', role: 'admin', password });
  if (!r.ok) {
    // an admin of that email that was disabled, or a password too short: say so, start anyway
    if (r.code === 'user-exists') return null;
    throw new AppError(r.code, r.params);
  }
  return { email, password: given ? null : password };
}
