'use server';

import { headers } from 'next/headers';
import type { ActionResult } from '@/lib/contract/result';
import { signIn, signOut } from '@/lib/server/sign-in';
import { clearSessionCookie, clientAddress, sessionToken, setSessionCookie } from '../../session-cookie';

/** Signs in from the sign-in page's form; the page moves on itself (the cookie is set on this answer). */
export async function signInAction(input: { email: string; password: string }): Promise<ActionResult<{ name: string }>> {
  const r = await signIn(input, clientAddress(await headers()));
  if (!r.ok) return r;
  await setSessionCookie(r.value);
  return { ok: true, value: { name: r.value.user.name } };
}

/** Signs out from the header's button: the session ends on the server and the cookie is cleared. */
export async function signOutAction(): Promise<ActionResult<null>> {
  const r = await signOut(await sessionToken(), clientAddress(await headers()));
  await clearSessionCookie();
  return r;
}
