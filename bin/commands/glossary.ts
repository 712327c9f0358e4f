import { writeFileSync } from 'node:fs';
import { flag, parseArgs } from '../args';
import { CliError } from '../cli-error';
import type { Concept } from '../../lib/terms/types';
import { FormatError } from '../../lib/formats/format-error';
import { writeGlossaryCsv } from '../../lib/formats/glossary-csv';
import { readGlossaryFile, summarizeGlossary } from '../../lib/formats/glossary-file';
import { writeTbx } from '../../lib/formats/tbx';
import { formatErrorLine, readBytes } from '../read-file';

interface GlossaryDb {
  importGlossary(concepts: Concept[]): Promise<{ created: number; updated: number }>;
  listConceptsForExport(): Promise<Concept[]>;
}

/** `tarjuman glossary import FILE | export --format tbx|csv [--out FILE] | check FILE [--json]`. */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const parsed = parseArgs(rest, ['json']);
  if (sub === 'check') return check(parsed.positional[0], parsed.flags.json === true);
  if (sub === 'import') {
    const concepts = read(parsed.positional[0]).concepts;
    // Parsed completely before the database is touched: a bad file imports nothing.
    const result = await withDb((db) => db.importGlossary(concepts));
    process.stdout.write(`${JSON.stringify({ concepts: concepts.length, ...result })}\n`);
    return 0;
  }
  if (sub === 'export') {
    const format = flag(parsed, 'format') ?? 'tbx';
    if (format !== 'tbx' && format !== 'csv') throw new CliError(`unknown --format ${format} (tbx or csv)`);
    const concepts = await withDb((db) => db.listConceptsForExport());
    const text = format === 'tbx' ? writeTbx(concepts) : writeGlossaryCsv(concepts);
    const out = flag(parsed, 'out');
    if (out) writeFileSync(out, text);
    else process.stdout.write(text);
    return 0;
  }
  throw new CliError('usage: tarjuman glossary import FILE | export --format tbx|csv [--out FILE] | check FILE --json');
}

// The DB module is loaded only here, so `check` runs without a database. The specifier is cast
// so the type check does not depend on that module being present yet.
// withCliDatabase (lib/db/connect-cli.ts) uses DATABASE_URL or the URL of a running `npm start`,
// applies migrations, and closes the pool afterwards so the process exits.
async function withDb<T>(fn: (db: GlossaryDb) => Promise<T>): Promise<T> {
  const { withCliDatabase } = await import('../../lib/db/connect-cli');
  return withCliDatabase(async () => fn((await import('../../lib/db/glossary' as string)) as GlossaryDb));
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
