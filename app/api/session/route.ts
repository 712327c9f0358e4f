import { headers } from 'next/headers';
import { errorResponse, readJson, respond } from '@/lib/server/http';
import { signIn, signOut } from '@/lib/server/sign-in';
import { clearSessionCookie, clientAddress, sessionToken, setSessionCookie } from '../../session-cookie';

export const dynamic = 'force-dynamic';

/** POST /api/session {email, password}: signs in and sets the session cookie; 401 on bad credentials, 429 past the limits. */
export async function POST(request: Request): Promise<Response> {
  const body = await readJson(request);
  if (body === null || typeof body !== 'object') return errorResponse('invalid-input', { reason: 'json' });
  const r = await signIn(body, clientAddress(await headers()));
  if (!r.ok && r.code === 'sign-in-throttled') {
    const res = respond(r);
    res.headers.set('retry-after', String(r.params.retryAfter ?? 60));
    return res;
  }
  if (r.ok) await setSessionCookie(r.value);
  return respond(r, (s) => Response.json({ email: s.user.email, name: s.user.name, role: s.user.role }));
}

/** DELETE /api/session: signs out (the session ends on the server, the cookie is cleared); 204. */
export async function DELETE(): Promise<Response> {
  const r = await signOut(await sessionToken(), clientAddress(await headers()));
  await clearSessionCookie();
  return respond(r, () => new Response(null, { status: 204 }));
}
