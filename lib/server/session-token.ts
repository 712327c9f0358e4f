import { createHash, randomBytes } from 'node:crypto';

/** The cookie that carries a session's token. */
export const SESSION_COOKIE = 'tarjuman_session';

/** How long a session lives after sign-in or its last rotation (TARJUMAN_SESSION_HOURS, default 14 days). */
export function sessionLifetimeMs(): number {
  const hours = Number(process.env.TARJUMAN_SESSION_HOURS);
  return (Number.isFinite(hours) && hours > 0 ? hours : 14 * 24) * 3_600_000;
}

/** A session older than this since its last rotation gets a new token on its next page or API request. */
export const ROTATE_AFTER_MS = 60 * 60 * 1000;

/** How long the token before a rotation still works (requests already on their way with it). */
export const ROTATION_GRACE_SECONDS = 120;

/** A new random session token (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a string can be a token of ours at all (cheap refusal before any query). */
export function looksLikeToken(token: string | undefined | null): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/u.test(token);
}
