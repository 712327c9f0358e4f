import { AppError } from '../contract/app-error';
import type { Actor } from './roles';
import { SESSION_COOKIE } from './session-token';
import { resolveSession } from './sessions';

export { ROLES, isRole, type Actor, type Role } from './roles';

/** The author of rows written before accounts existed (migration 00001); it cannot sign in. */
export const LOCAL_USER_ID = 'local';

/** The start script, the house glossary's loader and the command line: not a person, allowed what the admin is. */
export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'admin' };

const processActor = globalThis as unknown as { tarjumanProcessActor?: Actor };

/**
 * Makes every `currentActor()` of this process answer `actor`: the command line (an operator at the
 * machine, SYSTEM_ACTOR) and tests that call route handlers directly. The web server never calls it.
 */
export function setProcessActor(actor: Actor | null): void {
  processActor.tarjumanProcessActor = actor ?? undefined;
}

/**
 * The acting user of this request: the user of the session cookie (or the process actor of the
 * command line). Throws `unauthenticated` when there is no live session: no cookie, an unknown or
 * expired token, a disabled user.
 */
export async function currentActor(): Promise<Actor> {
  if (processActor.tarjumanProcessActor) return processActor.tarjumanProcessActor;
  // the one module of lib/server that reads the request (the CLI sets a process actor and never gets here)
  const { cookies } = await import('next/headers');
  const jar = await cookies();
  // one look-up of the session per request: a page asks for its actor a dozen times (each use case,
  // each "may the user..."), and the request's cookies are one object for the whole request
  let actor = actorOfRequest.get(jar);
  if (!actor) {
    actor = resolveSession(jar.get(SESSION_COOKIE)?.value).then((session) => {
      if (!session) throw new AppError('unauthenticated');
      return session.actor;
    });
    actorOfRequest.set(jar, actor);
  }
  return actor;
}
const actorOfRequest = new WeakMap<object, Promise<Actor>>();
