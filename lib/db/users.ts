import { sql, type Db } from './sql';

/** A user row: id and role (the role a string as stored; lib/server narrows it). */
export async function findUser(id: string): Promise<{ id: string; role: string } | null> {
  const [row] = await sql<{ id: string; role: string }[]>`select id, role from users where id = ${id}`;
  return row ?? null;
}

/** A user as the account pages and the CLI see it (never the password hash). */
export interface UserRow {
  id: string;
  email: string | null;
  name: string;
  role: string;
  disabled: boolean;
  createdAt: Date;
}

const USER_COLUMNS = sql`id, email, name, role, disabled, created_at as "createdAt"`;

/** The user with this email (lower-cased by the caller), with its password hash. */
export async function findUserByEmail(email: string, db: Db = sql): Promise<(UserRow & { passwordHash: string | null }) | null> {
  const [row] = await db<(UserRow & { passwordHash: string | null })[]>`
    select ${USER_COLUMNS}, password_hash as "passwordHash" from users where email = ${email}`;
  return row ?? null;
}

/** One user by id (no hash). */
export async function getUser(id: string, db: Db = sql): Promise<UserRow | null> {
  const [row] = await db<UserRow[]>`select ${USER_COLUMNS} from users where id = ${id}`;
  return row ?? null;
}

/** Every user that can sign in (has an email), by email. */
export async function listAccountRows(): Promise<UserRow[]> {
  return sql<UserRow[]>`select ${USER_COLUMNS} from users where email is not null order by email`;
}

/** Inserts an account; a taken email fails with PostgreSQL's 23505 (already-exists). */
export async function insertUser(row: { id: string; email: string; name: string; role: string; passwordHash: string }, db: Db = sql): Promise<void> {
  await db`insert into users (id, email, name, role, password_hash) values (${row.id}, ${row.email}, ${row.name}, ${row.role}, ${row.passwordHash})`;
}

/** Changes what is given of a user's role, disabled flag and password hash; false when no such user. */
export async function updateUser(id: string, change: { role?: string; disabled?: boolean; passwordHash?: string }, db: Db = sql): Promise<boolean> {
  const rows = await db`
    update users set
      role = coalesce(${change.role ?? null}, role),
      disabled = coalesce(${change.disabled ?? null}, disabled),
      password_hash = coalesce(${change.passwordHash ?? null}, password_hash)
    where id = ${id} returning id`;
  return rows.length > 0;
}

/** How many accounts (users with an email) hold `role` and are not disabled. */
export async function countActiveAccounts(role?: string, db: Db = sql): Promise<number> {
  const [row] = await db<{ n: number }[]>`
    select count(*)::int as n from users where email is not null and not disabled ${role ? db`and role = ${role}` : db``}`;
  return row!.n;
}

/** Display names of users by id (history and review rows name people). */
export async function userNames(ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<{ id: string; name: string }[]>`select id, name from users where id = any(${[...new Set(ids)]})`;
  return new Map(rows.map((r) => [r.id, r.name]));
}
