import { flag, parseArgs, readInput } from '../args';
import { CliError } from '../cli-error';
import { alignSentences } from '../../lib/align/align-sentences';
import { alignTexts } from '../../lib/align/align-texts';
import { detectLang } from '../../lib/align/detect-lang';
import { buildTermIndex } from '../../lib/terms';
import { readGlossaryArg } from '../read-file';

/**
 * `tarjuman align --source EN_FILE --target AR_FILE [--glossary FILE] [--presegmented] --json`:
 * prints the links as a JSON array in document order of {"source":[i...],"target":[j...],"score":x}.
 * With --presegmented the indices are 0-based line numbers; otherwise they are indices of the
 * sentences found by splitting each line (paragraph) of the file, in order. Languages come from the script.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ['presegmented', 'json']);
  if (parsed.positional.length > 0) throw new CliError(`unexpected argument "${parsed.positional[0]}"`);
  const sourcePath = flag(parsed, 'source', true)!;
  const targetPath = flag(parsed, 'target', true)!;
  const glossaryPath = flag(parsed, 'glossary');
  const sourceText = readNonEmpty(sourcePath);
  const targetText = readNonEmpty(targetPath);
  const opts = {
    sourceLang: detectLang(sourceText),
    targetLang: detectLang(targetText),
    termIndex: glossaryPath ? buildTermIndex(readGlossaryArg(glossaryPath)) : undefined,
  };
  const links = parsed.flags.presegmented
    ? alignSentences(lines(sourceText), lines(targetText), opts)
    : alignTexts(sourceText, targetText, opts).links;
  // One link per line keeps large outputs readable and diffable.
  process.stdout.write(`[\n${links.map((l) => JSON.stringify(l)).join(',\n')}\n]\n`);
  return 0;
}

function readNonEmpty(path: string): string {
  if (path === '-') throw new CliError('--source and --target must be files');
  const text = readInput(path);
  if (text.trim() === '') throw new CliError(`${path} is empty`);
  return text;
}

/** Lines of a presegmented file; a final line break does not start another segment. */
function lines(text: string): string[] {
  return text.replace(/\r?\n$/u, '').split(/\r?\n/u);
}

