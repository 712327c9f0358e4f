import { writeFileSync } from 'node:fs';
import { flag, parseArgs } from '../args';
import { CliError } from '../cli-error';
import { FormatError } from '../../lib/formats/format-error';
import { readGlossaryFile, summarizeGlossary } from '../../lib/formats/glossary-file';
import { formatErrorLine, readBytes } from '../read-file';
import { unwrap } from '../result';
import type { ActionResult } from '../../lib/contract/result';
import type { Actor } from '../../lib/server/actor';

/** `tarjuman glossary import FILE | export --format tbx|csv [--out FILE] | check FILE [--json]`. */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const parsed = parseArgs(rest, ['json']);
  if (sub === 'check') return check(parsed.positional[0], parsed.flags.json === true);
  if (sub === 'import') {
    const concepts = read(parsed.positional[0]).concepts;
    // Parsed completely before the database is touched: a bad file imports nothing.
    const { importConcepts } = await import('../../lib/server/glossary');
    const { created, updated } = unwrap(await withDb((actor) => importConcepts(actor, concepts)));
    process.stdout.write(`${JSON.stringify({ concepts: concepts.length, created, updated })}\n`);
    return 0;
  }
  if (sub === 'export') {
    const format = flag(parsed, 'format') ?? 'tbx';
    if (format !== 'tbx' && format !== 'csv') throw new CliError(`unknown --format ${format} (tbx or csv)`);
    const { exportGlossary } = await import('../../lib/server/glossary');
    const text = unwrap(await withDb((actor) => exportGlossary(actor, format, { bom: false }))).body;
    const out = flag(parsed, 'out');
    if (out) writeFileSync(out, text);
    else process.stdout.write(text);
    return 0;
  }
  throw new CliError('usage: tarjuman glossary import FILE | export --format tbx|csv [--out FILE] | check FILE --json');
}

// The server modules are loaded only here, so `check` runs without a database. withCliDatabase
// uses DATABASE_URL or the URL of a running `npm start`, applies migrations, and closes the pool
// afterwards so the process exits.
async function withDb<T, C>(useCase: (actor: Actor) => Promise<ActionResult<T, C>>): Promise<ActionResult<T, C>> {
  const { withCliDatabase } = await import('../../lib/server/cli');
  const { asCurrentActor } = await import('../../lib/server/act');
  return withCliDatabase(() => asCurrentActor(useCase));
}

function check(path: string | undefined, json: boolean): number {
  const { concepts, skipped } = read(path);
  const summary = summarizeGlossary(concepts);
  process.stdout.write(json ? `${JSON.stringify(summary)}\n` : `${summary.concepts} concepts, ${summary.terms} terms (${summary.languages.join(', ')})\n`);
  const langs = Object.entries(skipped.languages).map(([l, n]) => `${l}: ${n}`);
  if (langs.length > 0 || skipped.concepts > 0) {
    process.stderr.write(`tarjuman glossary: skipped language sections {${langs.join(', ')}}, concepts left without terms: ${skipped.concepts}\n`);
  }
  return 0;
}

function read(path: string | undefined) {
  if (!path) throw new CliError('missing FILE');
  const bytes = readBytes(path);
  try {
    return readGlossaryFile(bytes, path);
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    throw new CliError(formatErrorLine(err, path), 2);
  }
}
