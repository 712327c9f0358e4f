import { parseArgs, flag } from '../args';
import { CliError } from '../cli-error';
import { FormatError, MAX_IMPORT_BYTES, checkImportBytes } from '../../lib/formats/format-error';
import { validateXliff, type XliffValidation } from '../../lib/formats/xliff';
import { readBytes } from '../read-file';

const USAGE = 'usage: tarjuman validate FILE.xlf [--json] [--prefixes FILE]';

/**
 * `tarjuman validate FILE.xlf`: prints {"valid":true} (exit 0) or the first violated rule (exit 1),
 * one line per violation on stderr. `--json` prints the whole report: every violation, the rules
 * checked and the namespaces seen but not validated. `--prefixes FILE` registers fragment-identifier
 * prefixes (`namespace=prefix` lines, as the OASIS suite's extra-prefixes.properties).
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ['json']);
  const path = parsed.positional[0];
  if (!path) throw new CliError(USAGE);
  const prefixFile = flag(parsed, 'prefixes');
  const prefixes = prefixFile ? readPrefixes(prefixFile) : undefined;
  const bytes = readBytes(path);
  try {
    checkImportBytes(bytes, MAX_IMPORT_BYTES);
  } catch (err) {
    if (err instanceof FormatError) throw new CliError(`${path}: ${err.code}`);
    throw err;
  }
  const result = validateXliff(bytes, prefixes ? { prefixes } : {});
  process.stdout.write(`${JSON.stringify(parsed.flags.json ? result : summary(result))}\n`);
  if (result.valid) return 0;
  for (const e of result.errors) {
    const at = e.line !== undefined ? `:${e.line}:${e.column}` : '';
    process.stderr.write(`tarjuman validate: ${path}${at}: invalid (rule ${e.rule}): ${e.message}\n`);
  }
  return 1;
}

/** The one-line verdict the command printed before `--json` existed. */
function summary(result: XliffValidation): object {
  if (result.valid) return { valid: true };
  const { rule, message, line, column } = result;
  return { valid: false, rule, message, ...(line !== undefined ? { line, column } : {}) };
}

/** `namespace=prefix` per line; `#`/`!` comments; `\` escapes as in Java properties files. */
function readPrefixes(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const text = new TextDecoder().decode(readBytes(path, 'prefixes'));
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) return;
    const eq = line.search(/(?<!\\)=/);
    if (eq <= 0) throw new CliError(`${path}:${i + 1}: expected namespace=prefix`);
    const unescape = (s: string) => s.trim().replace(/\\(.)/g, '$1');
    out[unescape(line.slice(0, eq))] = unescape(line.slice(eq + 1));
  });
  return out;
}
