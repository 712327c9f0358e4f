import { readFileSync } from 'node:fs';
import { flag, parseArgs, readInput } from '../args';
import { CliError } from '../cli-error';
import { FormatError } from '../../lib/formats/format-error';
import { parseGlossaryFile } from '../../lib/formats/glossary-file';
import { isLang } from '../../lib/text/lang';
import { buildTermIndex, matchTerms } from '../../lib/terms';
import type { Concept } from '../../lib/terms/types';

/** `tarjuman terms --glossary FILE --lang en|ar|fa [FILE|-]`: prints the term matches as JSON. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const glossaryPath = flag(parsed, 'glossary', true)!;
  const lang = flag(parsed, 'lang', true);
  if (!isLang(lang)) throw new CliError(`--lang must be en, ar or fa (got "${lang}")`);
  if (parsed.positional.length > 1) throw new CliError('give one input FILE or - for standard input');
  const concepts = readGlossary(glossaryPath);
  const text = readInput(parsed.positional[0]);
  const matches = matchTerms(buildTermIndex(concepts), text, lang);
  process.stdout.write(`${JSON.stringify(matches, null, 2)}\n`);
  return 0;
}

function readGlossary(path: string): Concept[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new CliError(`cannot read glossary ${path}: ${(err as NodeJS.ErrnoException).code ?? err}`);
  }
  try {
    return parseGlossaryFile(bytes, path);
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    const where = err.line !== undefined ? `:${err.line}${err.column !== undefined ? `:${err.column}` : ''}` : '';
    const params = err.params && Object.keys(err.params).length > 0 ? ` ${JSON.stringify(err.params)}` : '';
    throw new CliError(`glossary ${path}${where}: ${err.code}${params}`);
  }
}
