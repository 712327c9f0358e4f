import { AppError } from '../contract/app-error';
import { findUser } from '../db/users';

/** The roles of the team (issue 12 adds accounts; the policy table says what each may do). */
export const ROLES = ['admin', 'editor', 'translator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Who acts: every use case takes one first, asks the policy, and records `id` as the author. */
export interface Actor {
  id: string;
  role: Role;
}

/** The one local user every request acts as until accounts exist (migration 00001 creates it). */
export const LOCAL_USER_ID = 'local';

/** The start script and the house glossary's loader: not a person, allowed what the admin is. */
export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'admin' };

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

/**
 * The acting user of this request or command: today always the local user, with the role stored
 * for it. Issue 12 replaces only this function (the session's user) and the policy table.
 * Throws `actor-unknown` when the user row is missing.
 */
export async function currentActor(): Promise<Actor> {
  const user = await findUser(LOCAL_USER_ID);
  if (!user) throw new AppError('actor-unknown', { user: LOCAL_USER_ID });
  return { id: user.id, role: isRole(user.role) ? user.role : 'viewer' };
}
