import { flag, parseArgs, readInput } from '../args';
import { CliError } from '../cli-error';
import { isLang } from '../../lib/text/lang';
import { buildTermIndex, matchTerms } from '../../lib/terms';
import { readGlossaryArg } from '../read-file';

/** `tarjuman terms --glossary FILE --lang en|ar|fa [FILE|-]`: prints the term matches as JSON. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const glossaryPath = flag(parsed, 'glossary', true)!;
  const lang = flag(parsed, 'lang', true);
  if (!isLang(lang)) throw new CliError(`--lang must be en, ar or fa (got "${lang}")`);
  if (parsed.positional.length > 1) throw new CliError('give one input FILE or - for standard input');
  const concepts = readGlossaryArg(glossaryPath);
  const text = readInput(parsed.positional[0]);
  const matches = matchTerms(buildTermIndex(concepts), text, lang);
  process.stdout.write(`${JSON.stringify(matches, null, 2)}\n`);
  return 0;
}

