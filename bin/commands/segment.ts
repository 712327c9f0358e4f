import { flag, parseArgs, readInput } from '../args';
import { CliError } from '../cli-error';
import { isLang } from '../../lib/text/lang';
import { splitSentences } from '../../lib/text/segment';

/** `tarjuman segment --lang en|ar|fa [FILE|-]`: prints the sentences as a JSON array of strings. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const lang = flag(parsed, 'lang', true);
  if (!isLang(lang)) throw new CliError(`--lang must be en, ar or fa (got "${lang}")`);
  if (parsed.positional.length > 1) throw new CliError('give one input FILE or - for standard input');
  const text = readInput(parsed.positional[0]);
  const sentences = splitSentences(text, lang).map((s) => s.text);
  process.stdout.write(`${JSON.stringify(sentences, null, 2)}\n`);
  return 0;
}
