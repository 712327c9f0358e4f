import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countDocuments, createDocument } from '../db/documents';
import type { PmNode } from '../documents/types';
import { importDocument } from '../import/import-document';
import { originalsForQuotes, parseSampleSidecar, targetsForSegments, type SampleSidecar } from '../import/sample-seed';
import { detectQuoteRows } from '../quotes/anchors';
import { SYSTEM_ACTOR } from './actor';

/** The project's own sample analysis, relative to the repository root. */
export const SAMPLE_FILE = join('samples', 'sample-analysis.md');

/** The sample to import: TARJUMAN_SAMPLE when set (even if missing: the caller says so), else ours. */
export function sampleDocumentPath(root = process.cwd()): string {
  return process.env.TARJUMAN_SAMPLE || join(root, SAMPLE_FILE);
}

/** The sidecar of a sample (`x.md` -> `x.seed.json`), or null when there is none. */
export function sampleSidecarPath(samplePath: string): string | null {
  const path = samplePath.replace(/\.[^./\\]+$/u, '') + '.seed.json';
  return existsSync(path) ? path : null;
}

export type SeedResult = { id: number; quotes: number; originals: number; targets: number } | { skipped: 'not-empty' | 'file-missing'; path?: string };

const paragraph = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/**
 * On an empty database, imports the sample analysis as the system so a new user sees real content at
 * once. The document, its quotes (with the originals of its sidecar) and the sidecar's pre-filled
 * targets are written in one transaction: a sidecar that does not fit throws and leaves nothing behind.
 */
export async function seedSampleDocument(root = process.cwd()): Promise<SeedResult> {
  if ((await countDocuments()) > 0) return { skipped: 'not-empty' };
  const path = sampleDocumentPath(root);
  if (!existsSync(path)) return { skipped: 'file-missing', path };
  const draft = await importDocument({ bytes: new Uint8Array(readFileSync(path)), fileName: path });
  const sidecarPath = sampleSidecarPath(path);
  const sidecar: SampleSidecar = sidecarPath ? parseSampleSidecar(readFileSync(sidecarPath, 'utf8')) : { quotes: [], targets: [] };
  for (const t of targetsForSegments(draft.segments.map((s) => s.text), draft.sourceLang, sidecar.targets)) {
    const seg = draft.segments[t.index]!;
    seg.translations = [...(seg.translations ?? []), { lang: t.lang, content: paragraph(t.text), text: t.text, state: t.state }];
  }
  const rows = detectQuoteRows(draft.segments.map((s, i) => ({ id: i, text: s.text })));
  const originals = originalsForQuotes(rows.map((r) => r.words || r.sourceText), sidecar.quotes);
  const quotes = rows.map((r, i) => (originals[i] ? { ...r, original: originals[i]! } : r));
  const id = await createDocument(draft, SYSTEM_ACTOR.id, quotes);
  return {
    id,
    quotes: quotes.length,
    originals: originals.filter(Boolean).length,
    targets: draft.segments.reduce((n, s) => n + (s.translations?.length ?? 0), 0),
  };
}
