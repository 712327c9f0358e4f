import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PmNode } from '../documents/types';
import { importDocument } from '../import/import-document';
import { originalsForQuotes, parseSampleSidecar, targetsForSegments, type SampleSidecar } from '../import/sample-seed';
import { detectQuotes } from '../quotes/detect-quotes';
import { countDocuments, insertDocument } from './documents';
import { detectedQuoteRows, documentText, spansOf, type LiveSegment } from './quotes';
import { json, sql } from './sql';

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

/**
 * On an empty database, imports the sample analysis so a new user sees real content at once. The
 * document, its quotes (with the originals of its sidecar) and the sidecar's pre-filled targets are
 * written in one transaction: a sidecar that does not fit throws and leaves nothing behind.
 */
export async function seedSampleDocument(root = process.cwd()): Promise<SeedResult> {
  if ((await countDocuments()) > 0) return { skipped: 'not-empty' };
  const path = sampleDocumentPath(root);
  if (!existsSync(path)) return { skipped: 'file-missing', path };
  const draft = await importDocument({ bytes: new Uint8Array(readFileSync(path)), fileName: path });
  const sidecarPath = sampleSidecarPath(path);
  const sidecar: SampleSidecar = sidecarPath ? parseSampleSidecar(readFileSync(sidecarPath, 'utf8')) : { quotes: [], targets: [] };
  const targets = targetsForSegments(draft.segments.map((s) => s.text), draft.sourceLang, sidecar.targets);

  return sql.begin(async (tx) => {
    const { id, segmentIds } = await insertDocument(tx, draft, 'system');
    const segs: LiveSegment[] = draft.segments.map((s, i) => ({ id: segmentIds[i]!, position: i + 1, kind: s.kind, text: s.text }));
    // Quotes are detected now, as the Quotes workspace would on its first visit, and get their originals.
    const rows = detectedQuoteRows(id, segs, spansOf(detectQuotes(documentText(segs).text)));
    const originals = originalsForQuotes(rows.map((r) => r.words || r.source_text), sidecar.quotes);
    const quotes = rows.map((r, i) => {
      const o = originals[i];
      if (!o) return r;
      return {
        ...r, original_lang: o.originalLang, original_text: o.originalText, original_post: o.originalPost,
        stretch_start: o.stretch?.[0] ?? null, stretch_end: o.stretch?.[1] ?? null,
        said_by: o.saidBy ?? r.said_by, account: o.account, platform: o.platform, posted_on: o.postedOn, url: o.url,
      };
    });
    if (quotes.length > 0) await tx`insert into quotes ${tx(quotes as never)}`;
    await tx`insert into quote_detections (document_id, detected) values (${id}, ${quotes.length})`;
    for (const t of targets) {
      const content: PmNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t.text }] }] };
      const segmentId = segmentIds[t.index]!;
      await tx`insert into translations (segment_id, lang, content, text, state, version, updated_by)
        values (${segmentId}, ${t.lang}, ${json(content)}, ${t.text}, ${t.state}, 1, 'system')`;
      await tx`insert into revisions (segment_id, lang, action, version, after_content, after_text, after_state, author)
        values (${segmentId}, ${t.lang}, 'import', 1, ${json(content)}, ${t.text}, ${t.state}, 'system')`;
    }
    return { id, quotes: quotes.length, originals: originals.filter(Boolean).length, targets: targets.length };
  });
}
