import { basename } from 'node:path';
import { flag, parseArgs } from '../args';
import { CliError } from '../cli-error';
import { importDocument } from '../../lib/import/import-document';
import { isImportError } from '../../lib/import/import-error';
import { isLang } from '../../lib/text/lang';
import { readBytes } from '../read-file';
import { unwrap } from '../result';

/**
 * `tarjuman import FILE [--lang en|ar|fa]`: reads a text, Markdown, HTML or DOCX analysis, stores it
 * as a new document and prints `{"id": N, "segments": M}`. Bad input is exit 2 and stores nothing
 * (the file is parsed completely before the database is touched).
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const lang = flag(parsed, 'lang');
  if (lang !== undefined && !isLang(lang)) throw new CliError(`--lang must be en, ar or fa (got "${lang}")`);
  if (parsed.positional.length !== 1 || parsed.positional[0] === '-') throw new CliError('give one FILE to import (txt, md, html or docx)');
  const path = parsed.positional[0]!;
  const bytes = readBytes(path);
  let draft;
  try {
    draft = await importDocument({ bytes, fileName: basename(path), sourceLang: lang });
  } catch (err) {
    if (isImportError(err)) throw new CliError(`${path}: ${err.code} ${JSON.stringify(err.params)}`);
    throw err;
  }
  const { withCliDatabase } = await import('../../lib/server/cli');
  const { asCurrentActor } = await import('../../lib/server/act');
  const { importDraft } = await import('../../lib/server/documents');
  const stored = await withCliDatabase(() => asCurrentActor((actor) => importDraft(actor, draft!))).catch((err: unknown) => {
    throw new CliError(err instanceof Error ? err.message : String(err), 1);
  });
  process.stdout.write(`${JSON.stringify(unwrap(stored))}\n`);
  return 0;
}
