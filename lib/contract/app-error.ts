import { isErrorCode, type ErrorCode } from './error-codes';

/** Values an error message may use: strings and numbers only (the UI formats them). */
export type ErrorParams = Record<string, string | number>;

/** An expected failure: a code from ERROR_STATUS and its parameters; the UI words it from messages/. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    /** On a version conflict: the stored state the caller lost against. */
    readonly current?: unknown,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/**
 * The code and parameters of any coded error of ours (AppError, FormatError, ImportError,
 * PublishError, QuotePlaceError: all carry `code` and maybe `params`, line and column), or null
 * for anything else. Null and boolean parameters are dropped; other values become strings.
 */
export function codedError(err: unknown): { code: ErrorCode; params: ErrorParams } | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { code?: unknown; params?: unknown; line?: unknown; column?: unknown };
  if (!isErrorCode(e.code)) return null;
  const params: ErrorParams = {};
  if (typeof e.line === 'number') {
    params.line = e.line;
    params.column = typeof e.column === 'number' ? e.column : 0;
  }
  if (typeof e.params === 'object' && e.params !== null) {
    for (const [k, v] of Object.entries(e.params)) {
      if (typeof v === 'number' || typeof v === 'string') params[k] = v;
      else if (v !== null && v !== undefined && typeof v !== 'boolean') params[k] = String(v);
    }
  }
  return { code: e.code, params };
}
