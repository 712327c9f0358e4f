import type { ErrorCode } from './error-codes';
import type { ErrorParams } from './app-error';

export type { ErrorCode } from './error-codes';
export type { ErrorParams } from './app-error';

/** A use case that did what was asked, with what it returns. */
export interface Success<T> {
  ok: true;
  value: T;
}

/**
 * A use case that did nothing (every write is all or nothing): a code, its parameters, and for a
 * version conflict the stored state the caller lost against (`current`).
 */
export interface Failure<C = never> {
  ok: false;
  code: ErrorCode;
  params: ErrorParams;
  current?: C;
}

/** The one result shape of every use case, server action, route handler and CLI command. */
export type ActionResult<T, C = never> = Success<T> | Failure<C>;

/** A success. */
export function ok<T>(value: T): Success<T> {
  return { ok: true, value };
}

/** A failure with its code and parameters (and the stored state on a version conflict). */
export function failure<C = never>(code: ErrorCode, params: ErrorParams = {}, current?: C): Failure<C> {
  return current === undefined ? { ok: false, code, params } : { ok: false, code, params, current };
}
