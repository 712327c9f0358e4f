import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { flag, parseArgs, type ParsedArgs } from '../args';
import { CliError } from '../cli-error';
import { readBytes } from '../read-file';
import { unwrap } from '../result';
import type { ActionResult } from '../../lib/contract/result';
import type { Actor } from '../../lib/server/actor';

const USAGE = `usage: tarjuman tm import FILE.tmx [--memory NAME]
       tarjuman tm export --source en --target ar [--memory NAME] [--out FILE]
       tarjuman tm lookup --source en --target ar "TEXT" [--memory NAME] [--threshold 70] --json
       tarjuman tm concordance --lang ar "TEXT" --json
       tarjuman tm analyze --document ID --lang ar [--json]
       tarjuman tm pretranslate --document ID --lang ar [--min 100] [--json]
       tarjuman tm reindex`;

/** `tarjuman tm import|export|lookup|concordance|analyze|pretranslate|reindex` (see USAGE). */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const p = parseArgs(rest, ['json']);
  const tm = await import('../../lib/server/tm');
  switch (sub) {
    case 'import': {
      const file = p.positional[0];
      if (!file) throw new CliError(USAGE);
      const bytes = readBytes(file);
      const memory = flag(p, 'memory');
      const r = unwrap(await withDb((a) => tm.importTmx(a, { bytes, fileName: file, ...(memory ? { memory } : {}) })), file);
      for (const w of r.warnings.slice(0, 20)) process.stderr.write(`tarjuman tm import: ${file}:${w.line}:${w.column}: ${w.code}\n`);
      if (r.warnings.length > 20) process.stderr.write(`tarjuman tm import: ${r.warnings.length - 20} more warnings\n`);
      process.stdout.write(`${JSON.stringify({ memory: r.memory.name, units: r.units, added: r.added, updated: r.updated, unchanged: r.unchanged, warnings: r.warnings.length })}\n`);
      return 0;
    }
    case 'export': {
      const out = flag(p, 'out');
      const input = { source: flag(p, 'source', true), target: flag(p, 'target', true), ...opt(p, 'memory') };
      // written as it is read (the pool stays open until the last chunk): a large memory never sits in memory whole
      const units = unwrap(
        await withDb(async (a) => {
          const r = await tm.exportTmxStream(a, input);
          if (!r.ok) return r;
          if (out) await pipeline(Readable.from(r.value.chunks), createWriteStream(out)).catch((err: NodeJS.ErrnoException) => {
            throw err.code && err.syscall ? new CliError(`cannot write ${out}: ${err.code}`) : err;
          });
          else await toStdout(r.value.chunks);
          return { ok: true as const, value: r.value.written.units };
        }),
      );
      if (out) process.stderr.write(`tarjuman tm export: ${units} units to ${out}\n`);
      return 0;
    }
    case 'lookup': {
      const text = p.positional.join(' ');
      if (!text) throw new CliError(USAGE);
      const threshold = flag(p, 'threshold');
      const matches = unwrap(
        await withDb((a) => tm.lookupText(a, { source: flag(p, 'source', true), target: flag(p, 'target', true), text, ...opt(p, 'memory'), ...(threshold ? { threshold: Number(threshold) } : {}) })),
      );
      const rows = matches.map((m) => ({ score: m.score, source: m.source, target: m.target, memory: m.memory.name, origin: m.origin }));
      if (p.flags.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
      else for (const m of rows) process.stdout.write(`${m.score}\t${m.source}\t${m.target}\t${m.memory}\n`);
      return 0;
    }
    case 'concordance': {
      const text = p.positional.join(' ');
      if (!text) throw new CliError(USAGE);
      const hits = unwrap(await withDb((a) => tm.concordance(a, { lang: flag(p, 'lang', true), text })));
      if (p.flags.json) process.stdout.write(`${JSON.stringify(hits)}\n`);
      else for (const h of hits) process.stdout.write(`${h.source}\t${h.target}\t${h.memory.name}\n`);
      return 0;
    }
    case 'analyze':
    case 'pretranslate': {
      const min = flag(p, 'min');
      const input = { documentId: flag(p, 'document', true), lang: flag(p, 'lang', true), ...(min ? { min: Number(min) } : {}) };
      const report = unwrap(await withDb((a) => (sub === 'analyze' ? tm.analyzeDocument(a, input) : tm.pretranslateDocument(a, input))));
      if (p.flags.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      else {
        const { bandTable } = await import('../../lib/tm/band-table');
        process.stdout.write(bandTable(report));
        if (sub === 'pretranslate') process.stdout.write(`${report.filled} segments filled (${report.filledFuzzy} from fuzzy matches), ${report.skipped} already translated\n`);
        else process.stdout.write(`${report.skipped} segments already translated\n`);
      }
      return 0;
    }
    case 'reindex': {
      // the bigram keys of units written before migration 00015 (fuzzy lookup's faster index)
      const r = unwrap(await withDb((a) => tm.fillBigramKeys(a)));
      process.stdout.write(`${JSON.stringify(r)}\n`);
      return 0;
    }
    default:
      throw new CliError(USAGE);
  }
}

const opt = (p: ParsedArgs, name: string) => {
  const v = flag(p, name);
  return v === undefined ? {} : { [name]: v };
};

async function withDb<T, C>(useCase: (actor: Actor) => Promise<ActionResult<T, C>>): Promise<ActionResult<T, C>> {
  const { withCliDatabase } = await import('../../lib/server/cli');
  const { asCurrentActor } = await import('../../lib/server/act');
  return withCliDatabase(() => asCurrentActor(useCase));
}


/** Writes chunks to standard output, waiting when it is full; a reader that stops early (`| head`) ends it quietly. */
async function toStdout(chunks: AsyncGenerator<string>): Promise<void> {
  let failed: NodeJS.ErrnoException | null = null;
  const onError = (err: NodeJS.ErrnoException) => {
    failed = err;
  };
  process.stdout.on('error', onError);
  try {
    for await (const chunk of chunks) {
      if (failed) break;
      // once() rejects when the stream errs while waiting: onError has kept the error
      if (!process.stdout.write(chunk)) await Promise.race([once(process.stdout, 'drain'), once(process.stdout, 'close')]).catch(() => {});
    }
  } finally {
    process.stdout.off('error', onError);
  }
  const err = failed as NodeJS.ErrnoException | null;
  if (err && err.code !== 'EPIPE') throw err;
}
