import { parseArgs } from '../args';
import { CliError } from '../cli-error';
import { FormatError, MAX_IMPORT_BYTES, checkImportBytes } from '../../lib/formats/format-error';
import { validateXliff } from '../../lib/formats/xliff';
import { readBytes } from '../read-file';

/** `tarjuman validate FILE.xlf`: prints {"valid":true} (exit 0) or the violated rule (exit 1). */
export async function run(args: string[]): Promise<number> {
  const { positional } = parseArgs(args, ['json']);
  const path = positional[0];
  if (!path) throw new CliError('usage: tarjuman validate FILE.xlf');
  const bytes = readBytes(path);
  try {
    checkImportBytes(bytes, MAX_IMPORT_BYTES);
  } catch (err) {
    if (err instanceof FormatError) throw new CliError(`${path}: ${err.code}`);
    throw err;
  }
  const result = validateXliff(bytes);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  if (result.valid) return 0;
  const at = result.line !== undefined ? `:${result.line}:${result.column}` : '';
  process.stderr.write(`tarjuman validate: ${path}${at}: invalid (rule ${result.rule}): ${result.message}\n`);
  return 1;
}
