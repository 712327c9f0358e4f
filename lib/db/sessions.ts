import { sql, type Db } from './sql';

/** A live session and its user, found by the hash of its token. */
export interface SessionRow {
  id: number;
  userId: string;
  role: string;
  disabled: boolean;
  /** The hash matched the token before the last rotation (still in its grace period). */
  previous: boolean;
  rotatedAt: Date;
  expiresAt: Date;
}

/** Stores a new session. */
export async function insertSession(row: { userId: string; tokenHash: string; expiresAt: Date }, db: Db = sql): Promise<number> {
  const [r] = await db<{ id: number }[]>`
    insert into sessions (user_id, token_hash, expires_at) values (${row.userId}, ${row.tokenHash}, ${row.expiresAt}) returning id`;
  return r!.id;
}

/**
 * The unexpired session whose token (or, within `graceSeconds` of the rotation, whose previous token)
 * hashes to `tokenHash`.
 */
export async function findSession(tokenHash: string, graceSeconds: number): Promise<SessionRow | null> {
  const [row] = await sql<SessionRow[]>`
    select s.id, s.user_id as "userId", u.role, u.disabled, s.token_hash <> ${tokenHash} as previous,
           s.rotated_at as "rotatedAt", s.expires_at as "expiresAt"
    from sessions s join users u on u.id = s.user_id
    where (s.token_hash = ${tokenHash}
           or (s.previous_hash = ${tokenHash} and s.rotated_at > now() - make_interval(secs => ${graceSeconds})))
      and s.expires_at > now()
    limit 1`;
  return row ?? null;
}

/** Gives a session a new token (the old one kept as previous); false when another request rotated it first. */
export async function rotateSession(id: number, fromHash: string, toHash: string, expiresAt: Date): Promise<boolean> {
  const rows = await sql`
    update sessions set previous_hash = token_hash, token_hash = ${toHash}, rotated_at = now(), expires_at = ${expiresAt}
    where id = ${id} and token_hash = ${fromHash} returning id`;
  return rows.length > 0;
}

/** Ends the session of a token (current or previous hash); returns its user id, or null. */
export async function deleteSession(tokenHash: string): Promise<string | null> {
  const [row] = await sql<{ userId: string }[]>`
    delete from sessions where token_hash = ${tokenHash} or previous_hash = ${tokenHash} returning user_id as "userId"`;
  return row?.userId ?? null;
}

/** Ends every session of a user (disabled, or a new password). */
export async function deleteUserSessions(userId: string, db: Db = sql): Promise<void> {
  await db`delete from sessions where user_id = ${userId}`;
}

/** Forgets expired sessions (run at sign-in: cheap with the token index, no timer needed). */
export async function deleteExpiredSessions(): Promise<void> {
  await sql`delete from sessions where expires_at < now() - interval '1 day'`;
}
