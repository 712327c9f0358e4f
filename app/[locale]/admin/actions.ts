'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/contract/result';
import { asCurrentActor } from '@/lib/server/act';
import { addUser, disableUser, setUserRole } from '@/lib/server/users';

const refresh = <T>(r: ActionResult<T>): ActionResult<T> => {
  if (r.ok) revalidatePath('/[locale]/admin', 'page');
  return r;
};

/** Adds an account from the admin page (the password is typed by the admin and handed over). */
export async function addUserAction(input: { email: string; name: string; role: string; password: string }) {
  return refresh(await asCurrentActor((actor) => addUser(actor, input)));
}

export async function setUserRoleAction(email: string, role: string) {
  return refresh(await asCurrentActor((actor) => setUserRole(actor, { email, role })));
}

export async function disableUserAction(email: string) {
  return refresh(await asCurrentActor((actor) => disableUser(actor, { email })));
}
