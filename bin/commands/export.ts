import { writeFileSync } from 'node:fs';
import { flag, parseArgs } from '../args';
import { CliError } from '../cli-error';
import { parseId } from '../../lib/contract/ids';
import { EXPORT_FORMATS as FORMATS, type ExportFormat as Format } from '../../lib/publish/export-file';
import { isLang } from '../../lib/text/lang';
import { unwrap } from '../result';

/**
 * `tarjuman export DOCUMENT --lang en|ar|fa [--format json|html|md|docx|xliff] [--style JSON] [--out FILE]`:
 * the document as JSON, its edition (in the saved house style, or `--style '{"digits":"arabic-indic"}'`)
 * or XLIFF 2.1, to FILE or standard output. Unknown document or bad options: exit 2.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const lang = flag(parsed, 'lang', true)!;
  if (!isLang(lang)) throw new CliError(`--lang must be en, ar or fa (got "${lang}")`);
  const format = (flag(parsed, 'format') ?? 'json') as Format;
  if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  if (parsed.positional.length !== 1) throw new CliError('give one DOCUMENT id');
  const documentId = parsed.positional[0]!;
  if (parseId(documentId) === null) throw new CliError(`DOCUMENT must be a numeric id (got "${documentId}")`);
  const styleArg = flag(parsed, 'style');
  let style: unknown;
  if (styleArg !== undefined) {
    try {
      style = JSON.parse(styleArg);
    } catch {
      throw new CliError('--style must be a JSON object, e.g. {"digits":"arabic-indic"}');
    }
  }
  const { withCliDatabase } = await import('../../lib/server/cli');
  const { asCurrentActor } = await import('../../lib/server/act');
  const { exportDocument } = await import('../../lib/server/editions');
  const result = await withCliDatabase(() => asCurrentActor((actor) => exportDocument(actor, documentId, lang, format, style))).catch((err: unknown) => {
    throw new CliError(err instanceof Error ? err.message : String(err), 1);
  });
  if (!result.ok && result.code === 'document-not-found') throw new CliError(`no document ${documentId}`);
  const file = unwrap(result);
  const out = flag(parsed, 'out');
  if (out !== undefined) {
    try {
      writeFileSync(out, file.body);
    } catch (err) {
      throw new CliError(`cannot write ${out}: ${(err as NodeJS.ErrnoException).code ?? err}`, 1);
    }
    process.stderr.write(`wrote ${out} (${typeof file.body === 'string' ? Buffer.byteLength(file.body) : file.body.length} bytes)\n`);
  } else {
    process.stdout.write(file.body);
  }
  return 0;
}
