import { AppError, toAppError } from '@/lib/db/errors';
import { FormatError } from '@/lib/formats/format-error';

const STATUS: Record<string, number> = {
  'invalid-input': 400,
  'invalid-value': 400,
  'glossary-invalid': 400,
  'glossary-forbidden': 403,
  'glossary-user-unknown': 403,
  'glossary-concept-not-found': 404,
  'not-found': 404,
  'glossary-concept-exists': 409,
  'glossary-concept-deleted': 409,
  'glossary-concept-not-deleted': 409,
  'glossary-version-conflict': 409,
  'already-exists': 409,
  conflict: 409,
  'file-too-large': 413,
};

type Params = Record<string, unknown>;

/** The JSON error shape of every glossary endpoint: `{ error: code, params }` with its status. */
export function errorResponse(code: string, params: Params = {}, extra: Params = {}): Response {
  return Response.json({ error: code, params, ...extra }, { status: STATUS[code] ?? (code === 'internal' ? 500 : 400) });
}

/** Any thrown error as a response: our codes keep their params, the rest is logged and `internal`. */
export function toErrorResponse(err: unknown): Response {
  if (err instanceof FormatError) {
    const where = err.line !== undefined ? { line: err.line, column: err.column ?? 0 } : {};
    return errorResponse(err.code, { ...where, ...(err.params ?? {}) });
  }
  const app = toAppError(err);
  if (!(err instanceof AppError)) console.error('glossary request failed', err);
  return errorResponse(app.code, app.params);
}

/** Reads a JSON body; a body that is not JSON is `invalid-input`. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError('invalid-input', { reason: 'json' });
  }
}

/** zod issues as params: the first issue's path and code, enough for the UI to point at the field. */
export function zodParams(issues: { path: PropertyKey[]; code: string }[]): Params {
  const first = issues[0];
  return first ? { field: first.path.map(String).join('.'), issue: first.code } : {};
}
