import { deleteSession, findSession, insertSession, rotateSession } from '../db/sessions';
import { ROLES, type Actor, type Role } from './roles';
import { hashToken, looksLikeToken, newToken, ROTATE_AFTER_MS, ROTATION_GRACE_SECONDS, sessionLifetimeMs } from './session-token';

/** A session's token and when it stops working (what the cookie carries). */
export interface SessionToken {
  token: string;
  expiresAt: Date;
}

/** Opens a session for a user (sign-in): a fresh random token, only its hash stored. */
export async function openSession(userId: string): Promise<SessionToken> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + sessionLifetimeMs());
  await insertSession({ userId, tokenHash: hashToken(token), expiresAt });
  return { token, expiresAt };
}

const asRole = (r: string): Role => ((ROLES as readonly string[]).includes(r) ? (r as Role) : 'viewer');

/**
 * The actor of a session token, or null when the token is unknown, expired or its user disabled.
 * With `rotate`, a session last rotated more than an hour ago gets a new token (returned as
 * `renewed`); the old one keeps working for two minutes, so requests already sent are not refused.
 */
export async function resolveSession(token: string | undefined | null, opts: { rotate?: boolean } = {}): Promise<{ actor: Actor; renewed: SessionToken | null } | null> {
  if (!looksLikeToken(token)) return null;
  const hash = hashToken(token);
  const row = await findSession(hash, ROTATION_GRACE_SECONDS);
  if (!row || row.disabled) return null;
  const actor: Actor = { id: row.userId, role: asRole(row.role) };
  if (!opts.rotate || row.previous || Date.now() - row.rotatedAt.getTime() < ROTATE_AFTER_MS) return { actor, renewed: null };
  const next = { token: newToken(), expiresAt: new Date(Date.now() + sessionLifetimeMs()) };
  // another request may have rotated it a moment ago: then this one keeps the token it came with
  const rotated = await rotateSession(row.id, hash, hashToken(next.token), next.expiresAt);
  return { actor, renewed: rotated ? next : null };
}

/** Ends the session of a token (sign-out); the user id it belonged to, or null. */
export async function closeSession(token: string | undefined | null): Promise<string | null> {
  if (!looksLikeToken(token)) return null;
  return deleteSession(hashToken(token));
}
