import { basename } from 'node:path';
import { flag, parseArgs } from '../args';
import { CliError } from '../cli-error';
import { FormatError } from '../../lib/formats/format-error';
import { parseGlossaryFile } from '../../lib/formats/glossary-file';
import { parseXliff } from '../../lib/formats/xliff';
import { qaInputFromXliff } from '../../lib/qa/from-xliff';
import { findingKey, hasOpenErrors, qaContext, runDocumentChecks } from '../../lib/qa/run';
import type { Finding, QaSegment } from '../../lib/qa/types';
import { isLang, type Lang } from '../../lib/text/lang';
import { readBytes } from '../read-file';
import { unwrap } from '../result';

interface QaRun {
  sourceLang: Lang;
  targetLang: Lang;
  segments: QaSegment[];
  findings: Finding[];
  accepted: string[];
}

/**
 * `tarjuman qa FILE.xlf [--glossary FILE.tbx] [--lang ar] [--json]` or `qa --document ID --lang ar [--json]`:
 * prints the findings; exit 1 when an error-severity finding is open, 0 otherwise, 2 for bad input.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ['json']);
  const lang = flag(parsed, 'lang');
  if (lang !== undefined && !isLang(lang)) throw new CliError(`--lang must be en, ar or fa (got "${lang}")`);
  const documentId = flag(parsed, 'document');
  const input =
    documentId !== undefined
      ? await fromDatabase(documentId, lang, parsed.positional)
      : fromFile(parsed.positional, flag(parsed, 'glossary'), lang);

  const findings = input.findings;
  const accepted = new Set(input.accepted);
  if (parsed.flags.json === true) process.stdout.write(`${JSON.stringify(findings.map((f) => row(f, accepted)), null, 2)}\n`);
  else process.stdout.write(listing(findings, accepted, input.segments.length));
  return hasOpenErrors(findings, accepted) ? 1 : 0;
}

function fromFile(positional: string[], glossaryPath: string | undefined, lang: Lang | undefined): QaRun {
  if (positional.length !== 1) throw new CliError('give one XLIFF FILE (or --document ID --lang ar)');
  const file = positional[0]!;
  const xliff = qaInputFromXliff(readParsed(file, 'XLIFF', (bytes) => parseXliff(bytes)));
  const targetLang = lang ?? xliff.targetLang;
  if (!xliff.sourceLang) throw new CliError(`${file}: srcLang is not English, Arabic or Farsi`);
  if (!targetLang) throw new CliError(`${file}: trgLang is missing or not en, ar or fa; give --lang`);
  const concepts =
    glossaryPath === undefined ? [] : readParsed(glossaryPath, 'glossary', (bytes) => parseGlossaryFile(bytes, basename(glossaryPath)));
  const findings = runDocumentChecks(xliff.segments, qaContext(xliff.sourceLang, targetLang, concepts));
  return { sourceLang: xliff.sourceLang, targetLang, segments: xliff.segments, findings, accepted: [] };
}

async function fromDatabase(documentId: string, lang: Lang | undefined, positional: string[]): Promise<QaRun> {
  if (positional.length > 0) throw new CliError('give either an XLIFF FILE or --document ID, not both');
  if (!lang) throw new CliError('missing --lang (the target language to check)');
  // withCliDatabase: DATABASE_URL or the running `npm start`'s server, migrations applied, pool closed.
  const { withCliDatabase } = await import('../../lib/server/cli');
  const { asCurrentActor } = await import('../../lib/server/act');
  const { runDocumentQa } = await import('../../lib/server/document-qa');
  // Exit 1 means "open errors": a database that cannot be reached must not look like that.
  const result = await withCliDatabase(() => asCurrentActor((actor) => runDocumentQa(actor, documentId, lang))).catch((err: unknown) => {
    throw new CliError(err instanceof Error ? err.message : String(err));
  });
  if (!result.ok && result.code === 'document-not-found') throw new CliError(`no document ${documentId}`);
  const qa = unwrap(result);
  return { sourceLang: qa.sourceLang, targetLang: lang, segments: qa.segments, findings: qa.findings, accepted: qa.accepted };
}

/** Reads and parses an input file; unreadable or malformed input is exit 2 with the format's code. */
function readParsed<T>(path: string, what: string, parse: (bytes: Uint8Array) => T): T {
  const bytes = readBytes(path, what);
  try {
    return parse(bytes);
  } catch (err) {
    if (err instanceof FormatError) throw new CliError(`invalid ${what} ${path}: ${err.message}`);
    throw err;
  }
}

function row(f: Finding, accepted: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = { unitId: f.unitId, checkId: f.checkId, severity: f.severity, ...f.params };
  if (accepted.has(findingKey(f))) out.accepted = true;
  return out;
}

function listing(findings: Finding[], accepted: Set<string>, segments: number): string {
  const lines = findings.map((f) => {
    const params = Object.entries(f.params).map(([k, v]) => `${k}=${v}`).join(' ');
    return `${f.unitId}\t${f.severity}\t${f.checkId}\t${params}${accepted.has(findingKey(f)) ? '\t(accepted)' : ''}`;
  });
  const errors = findings.filter((f) => f.severity === 'error' && !accepted.has(findingKey(f))).length;
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${segments} segments, ${findings.length} findings, ${errors} open errors\n`;
}
