import { AppError } from './errors';
import type { Db } from './glossary-rows';

/**
 * Roles that may change the glossary. Until accounts and roles exist (the team issue) every user
 * edits; enforcing "editors only" is changing this list to ['editor'] and nothing else.
 */
export const GLOSSARY_EDIT_ROLES: readonly string[] = ['translator', 'editor', 'publisher'];

/** The one check before any glossary write: throws `glossary-user-unknown` or `glossary-forbidden`. */
export async function assertCanEditGlossary(db: Db, userId: string): Promise<void> {
  const [user] = await db<{ role: string }[]>`select role from users where id = ${userId}`;
  if (!user) throw new AppError('glossary-user-unknown', { user: userId });
  if (!GLOSSARY_EDIT_ROLES.includes(user.role)) throw new AppError('glossary-forbidden', { user: userId, role: user.role });
}

/** Whether a user may edit (the pages hide edit controls otherwise). */
export async function canEditGlossary(db: Db, userId: string): Promise<boolean> {
  const [user] = await db<{ role: string }[]>`select role from users where id = ${userId}`;
  return !!user && GLOSSARY_EDIT_ROLES.includes(user.role);
}

/** The user making a request. Until accounts exist (the team issue) every request is the local user's. */
export function currentUserId(): string {
  return 'local';
}
