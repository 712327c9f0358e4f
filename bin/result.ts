import { exitCode } from '../lib/contract/error-codes';
import type { ActionResult } from '../lib/contract/result';
import { CliError } from './cli-error';

/**
 * A use case's value, or a CliError for its failure: `code {params}` on one line (main.ts adds the
 * words from messages/), exit 2 for the caller's input and 1 for the rest, as the HTTP status says.
 */
export function unwrap<T, C>(result: ActionResult<T, C>, what = ''): T {
  if (result.ok) return result.value;
  const params = Object.keys(result.params).length > 0 ? ` ${JSON.stringify(result.params)}` : '';
  throw new CliError(`${what ? `${what}: ` : ''}${result.code}${params}`, exitCode(result.code));
}
