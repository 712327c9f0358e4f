/** An expected failure the UI words from messages/: a code and its parameters. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

const PG_CODES: Record<string, string> = {
  '23505': 'already-exists',
  '23503': 'not-found',
  '23514': 'invalid-value',
  '22P02': 'invalid-value',
  '40001': 'conflict',
};

/** Translates a native PostgreSQL error into our own code, in one place. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code;
  if (code && PG_CODES[code]) return new AppError(PG_CODES[code]!, { constraint: (err as { constraint_name?: string }).constraint_name ?? '' });
  return new AppError('internal');
}
