import { readFileSync } from 'node:fs';
import { FormatError } from '../lib/formats/format-error';
import { parseGlossaryFile } from '../lib/formats/glossary-file';
import type { Concept } from '../lib/terms/types';
import { CliError } from './cli-error';

/** A file's bytes, or a CliError naming what could not be read and why (ENOENT, EACCES…). */
export function readBytes(path: string, what = ''): Uint8Array {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new CliError(`cannot read ${what ? `${what} ` : ''}${path}: ${(err as NodeJS.ErrnoException).code ?? err}`);
  }
}

/** One line for a format error: `what path:line:column: code {params}`. */
export function formatErrorLine(err: FormatError, path: string, what = ''): string {
  const where = err.line !== undefined ? `:${err.line}${err.column !== undefined ? `:${err.column}` : ''}` : '';
  const params = err.params && Object.keys(err.params).length > 0 ? ` ${JSON.stringify(err.params)}` : '';
  return `${what ? `${what} ` : ''}${path}${where}: ${err.code}${params}`;
}

/** A glossary file (TBX or CSV/TSV) given on the command line; a malformed one names the line. */
export function readGlossaryArg(path: string): Concept[] {
  const bytes = readBytes(path, 'glossary');
  try {
    return parseGlossaryFile(bytes, path);
  } catch (err) {
    if (err instanceof FormatError) throw new CliError(formatErrorLine(err, path, 'glossary'));
    throw err;
  }
}
