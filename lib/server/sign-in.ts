import { z } from 'zod';
import { AppError } from '../contract/app-error';
import type { ActionResult } from '../contract/result';
import { deleteExpiredSessions } from '../db/sessions';
import { pruneAttempts, recentFailures, recordAttempt } from '../db/sign-in-attempts';
import { findUserByEmail } from '../db/users';
import { toFailure } from './act';
import { audit } from './audit';
import { verifyPassword } from './passwords';
import { isRole, type Role } from './roles';
import { closeSession, openSession, type SessionToken } from './sessions';
import { ok } from '../contract/result';

/** Failed sign-ins allowed per account, and per address, within the window; more are refused until old ones leave it. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20, windowSeconds: 15 * 60 } as const;

const CredentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

/** Emails compare lower-cased and trimmed. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export interface SignedIn extends SessionToken {
  user: { id: string; email: string; name: string; role: Role };
}

/**
 * Signs in with email and password from `address` (the client's IP as the server sees it). Refused
 * with `sign-in-throttled` {retryAfter} (seconds) past the limits, else `sign-in-failed` for an
 * unknown email, a wrong password or a disabled account alike (nothing tells them apart). Every
 * attempt is recorded; a success opens a session with a new token.
 */
export async function signIn(input: unknown, address: string): Promise<ActionResult<SignedIn>> {
  try {
    const parsed = CredentialsSchema.safeParse(input);
    if (!parsed.success) throw new AppError('invalid-input', { field: String(parsed.error.issues[0]?.path[0] ?? '') });
    const email = normalizeEmail(parsed.data.email);
    const failures = await recentFailures(email, address, SIGN_IN_LIMITS.windowSeconds);
    const over = failures.email >= SIGN_IN_LIMITS.perAccount ? failures.emailOldest : failures.address >= SIGN_IN_LIMITS.perAddress ? failures.addressOldest : null;
    if (over) {
      const retryAfter = Math.max(1, Math.ceil((over.getTime() + SIGN_IN_LIMITS.windowSeconds * 1000 - Date.now()) / 1000));
      await audit({ actor: null, action: 'sign-in-failed', subject: email, address, details: { reason: 'throttled' } });
      throw new AppError('sign-in-throttled', { retryAfter });
    }
    const user = await findUserByEmail(email);
    const good = await verifyPassword(user?.passwordHash ?? null, parsed.data.password);
    if (!user || !good || user.disabled) {
      await recordAttempt({ email, address, succeeded: false });
      await audit({ actor: user?.id ?? null, action: 'sign-in-failed', subject: email, address, details: { reason: !user ? 'unknown' : !good ? 'password' : 'disabled' } });
      throw new AppError('sign-in-failed');
    }
    await recordAttempt({ email, address, succeeded: true });
    await audit({ actor: user.id, action: 'sign-in', subject: email, address });
    // housekeeping rides on sign-ins: no timer, and the tables stay small
    if (Math.random() < 0.1) await Promise.all([deleteExpiredSessions(), pruneAttempts()]);
    const session = await openSession(user.id);
    return ok({ ...session, user: { id: user.id, email, name: user.name, role: isRole(user.role) ? user.role : 'viewer' } });
  } catch (err) {
    return toFailure(err);
  }
}

/** Signs out: the session of the token ends at once (an unknown token is no error). */
export async function signOut(token: string | undefined | null, address: string | null = null): Promise<ActionResult<null>> {
  try {
    const userId = await closeSession(token);
    if (userId) await audit({ actor: userId, action: 'sign-out', address });
    return ok(null);
  } catch (err) {
    return toFailure(err);
  }
}
