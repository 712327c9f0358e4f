// The session cookie as Next sets and reads it: pages' server actions and /api/session share it.
import { cookies, headers } from 'next/headers';
import type { SessionToken } from '@/lib/server/sessions';
import { SESSION_COOKIE } from '@/lib/server/session-token';

/** The client's address as the server sees it (Next fills X-Forwarded-For from the socket when no proxy did). */
export function clientAddress(h: Headers): string {
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'unknown';
}

/** Whether the request came over https (directly or through a proxy that says so). */
export function isHttps(h: Headers): boolean {
  return h.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' || process.env.TARJUMAN_SECURE_COOKIES === '1';
}

/** The cookie's attributes: HttpOnly, SameSite=Lax, Secure over https, the whole site. */
export function sessionCookieOptions(session: SessionToken, https: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: https, path: '/', expires: session.expiresAt };
}

/** Sets the session cookie on the response of this server action or route handler. */
export async function setSessionCookie(session: SessionToken): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions(session, isHttps(await headers())));
}

/** The session token of this request, if any. */
export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** Removes the session cookie. */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure: isHttps(await headers()), path: '/', maxAge: 0 });
}
