import { AppError } from '../../lib/contract/app-error';
import type { ActionResult } from '../../lib/contract/result';
import { sql } from '../../lib/db/sql';
import type { Actor, Role } from '../../lib/server/actor';

/** The one local editor every request acts as today (migration 00001's user). */
export const EDITOR: Actor = { id: 'local', role: 'editor' };

/** An actor of `role` with a user row of its own (authors reference users). */
export async function actorWith(role: Role): Promise<Actor> {
  const id = `test-${role}`;
  await sql`insert into users (id, name, role) values (${id}, ${`Test ${role}`}, ${role}) on conflict (id) do update set role = excluded.role`;
  return { id, role };
}

/** A use case's value; its failure thrown as an AppError (code, params, current) so tests can `rejects.toMatchObject`. */
export async function unwrap<T, C>(result: Promise<ActionResult<T, C>>): Promise<T> {
  const r = await result;
  if (r.ok) return r.value;
  throw new AppError(r.code, r.params, r.current);
}
