import { httpStatus } from '../contract/error-codes';
import type { ActionResult, ErrorCode, ErrorParams } from '../contract/result';

/**
 * The JSON body of a failure on the HTTP API, `{ error, params, current? }`, with the status of its
 * code (lib/contract/error-codes.ts): the one translator from results to HTTP.
 */
export function errorResponse(code: ErrorCode, params: ErrorParams = {}, current?: unknown): Response {
  return Response.json({ error: code, params, ...(current === undefined ? {} : { current }) }, { status: httpStatus(code) });
}

/** A use case's result as a response: `present` builds the success (JSON by default, status 200). */
export function respond<T, C>(result: ActionResult<T, C>, present: (value: T) => Response = (v) => Response.json(v)): Response {
  return result.ok ? present(result.value) : errorResponse(result.code, result.params, result.current);
}

/** Reads a JSON body; null when it is not JSON (the caller answers `invalid-input`). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return null;
  }
}
