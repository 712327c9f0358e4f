'use server';

import { headers } from 'next/headers';
import type { ActionResult } from '@/lib/contract/result';
import { signIn } from '@/lib/server/sign-in';
import { clientAddress, setSessionCookie } from '../../session-cookie';

/** Signs in from the sign-in page's form; the page moves on itself (the cookie is set on this answer). */
export async function signInAction(input: { email: string; password: string }): Promise<ActionResult<{ name: string }>> {
  const r = await signIn(input, clientAddress(await headers()));
  if (!r.ok) return r;
  await setSessionCookie(r.value);
  return { ok: true, value: { name: r.value.user.name } };
}
