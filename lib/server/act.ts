import { AppError, codedError } from '../contract/app-error';
import { failure, ok, type ActionResult, type Failure } from '../contract/result';
import { fromPostgres } from '../db/errors';
import { currentActor, type Actor } from './actor';
import { authorize, can, type Action } from './policy';

/** Any thrown error as a Failure: our codes keep their params; anything else is logged and `internal`. */
export function toFailure<C = never>(err: unknown): Failure<C> {
  const coded = codedError(err) ?? codedError(fromPostgres(err));
  if (coded) return failure<C>(coded.code, coded.params, err instanceof AppError ? (err.current as C | undefined) : undefined);
  console.error('[tarjuman] use case failed', err);
  return failure<C>('internal');
}

/**
 * The frame of every use case: the policy is asked for each action, then `work` runs; whatever it
 * throws becomes the failure of the one result shape.
 */
export async function act<T, C = never>(actor: Actor, actions: Action | Action[], work: () => Promise<T>): Promise<ActionResult<T, C>> {
  try {
    for (const a of Array.isArray(actions) ? actions : [actions]) authorize(actor, a);
    return ok(await work());
  } catch (err) {
    return toFailure<C>(err);
  }
}

/** Runs a use case as the acting user of this request or command (see currentActor); an unknown user is a failure too. */
export async function asCurrentActor<T, C = never>(useCase: (actor: Actor) => Promise<ActionResult<T, C>>): Promise<ActionResult<T, C>> {
  let actor: Actor;
  try {
    actor = await currentActor();
  } catch (err) {
    return toFailure<C>(err);
  }
  return useCase(actor);
}

/** Whether the acting user may do `action` (pages hide what a role cannot do); false for an unknown user. */
export async function currentActorCan(action: Action): Promise<boolean> {
  try {
    return can(await currentActor(), action);
  } catch {
    return false;
  }
}

/** A page's data, or an error for Next's error page (a page words its own not-found before this). */
export function valueOrThrow<T, C>(result: ActionResult<T, C>): T {
  if (result.ok) return result.value;
  throw new Error(`${result.code} ${JSON.stringify(result.params)}`);
}
