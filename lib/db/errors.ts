import { AppError } from '../contract/app-error';
import type { ErrorCode } from '../contract/error-codes';

export { AppError } from '../contract/app-error';

const PG_CODES: Record<string, ErrorCode> = {
  '23505': 'already-exists',
  '23503': 'not-found',
  '23514': 'invalid-value',
  '22P02': 'invalid-value',
  '40001': 'conflict',
};

/** Translates a native PostgreSQL error into our own code, in one place; null for anything else. */
export function fromPostgres(err: unknown): AppError | null {
  const code = (err as { code?: string } | null)?.code;
  if (!code || !PG_CODES[code]) return null;
  return new AppError(PG_CODES[code]!, { constraint: (err as { constraint_name?: string }).constraint_name ?? '' });
}
