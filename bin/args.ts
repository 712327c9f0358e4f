import { readFileSync } from 'node:fs';
import { CliError } from './cli-error';

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

/** Parses `--name value`, `--name=value` and boolean `--flag` (listed in `booleans`). */
export function parseArgs(args: string[], booleans: string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-' || !arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (eq > 0) flags[name] = arg.slice(eq + 1);
    else if (booleans.includes(name)) flags[name] = true;
    else {
      const value = args[i + 1];
      if (value === undefined) throw new CliError(`option --${name} needs a value`);
      flags[name] = value;
      i++;
    }
  }
  return { positional, flags };
}

/** A string flag, or an error naming it when it is required and missing. */
export function flag(parsed: ParsedArgs, name: string, required = false): string | undefined {
  const value = parsed.flags[name];
  if (value === undefined) {
    if (required) throw new CliError(`missing --${name}`);
    return undefined;
  }
  if (value === true) throw new CliError(`option --${name} needs a value`);
  return value;
}

/** Reads a file path, or standard input for "-" or no path, as UTF-8 text. */
export function readInput(path: string | undefined): string {
  try {
    return readFileSync(path === undefined || path === '-' ? 0 : path, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read ${path ?? 'standard input'}: ${(err as NodeJS.ErrnoException).code ?? err}`);
  }
}
