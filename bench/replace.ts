/**
 * Find and replace benchmark (npm run bench:replace). Starts a throwaway embedded PostgreSQL, stores
 * documents of N segments (default 3,000) whose Arabic targets carry مقاومة behind clitics in a third of
 * them, a tenth of those inside a locked original, then times, on a fresh document each run:
 *   find      findInDocument (every hit with its preview, as the page asks)
 *   replace   replaceInDocument (one transaction, one revision per changed segment)
 * and, as the baseline in the same run, the same replacement written segment by segment through
 * saveSegmentText (the write of the editor's save, one transaction per segment, without the document
 * QA the editor's saveSegment answers with, which alone would take minutes here). Median of the runs;
 * one JSON line.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import type { DocumentDraft, PmNode } from '../lib/documents/types';
import { freePort } from '../tests/support/free-port';

const N = Number(process.env.BENCH_SEGMENTS ?? 3000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const text = (t: string, marks?: PmNode['marks']): PmNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const doc = (...inline: PmNode[]): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: inline }] });

function draft(): DocumentDraft {
  const segments: DocumentDraft['segments'] = [];
  for (let i = 0; i < N; i++) {
    const en = `Paragraph ${i + 1}: the factions argued about restraint and the resistance after the strike near al-Qaim.`;
    let ar: PmNode;
    if (i % 30 === 0) ar = doc(text(`قالوا في الفقرة ${i + 1}: `), text('والمقاومة لا تأخذ أوامرها من أي سفارة', [{ type: 'originalWording', attrs: { quoteId: i } }]));
    else if (i % 3 === 0) ar = doc(text(`الفقرة ${i + 1}: تجادلت الفصائل حول ضبط النفس والمقاومة وللمقاومةِ أنصار بعد الضربة قرب القائم.`));
    else ar = doc(text(`الفقرة ${i + 1}: تجادلت الفصائل حول ضبط النفس بعد الضربة قرب القائم.`));
    const arText = (ar.content![0]!.content ?? []).map((n) => n.text).join('');
    segments.push({ kind: 'paragraph', content: doc(text(en)), text: en, translations: [{ lang: 'ar', content: ar, text: arText, state: 'translated' }] });
  }
  return { title: `Replace bench ${N}`, authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en', segments };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tarjuman-bench-pg-'));
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'bench', persistent: false });
  process.env.DATABASE_URL = server.url;
  const { migrate } = await import('../lib/db/migrate');
  const { closeSql } = await import('../lib/db/sql');
  const { createDocument, getDocument } = await import('../lib/db/documents');
  const { findInDocument, replaceInDocument } = await import('../lib/server/replace');
  const { saveSegmentText } = await import('../lib/db/segments');
  const { findInDoc, replaceInDoc } = await import('../lib/documents/replace-in-doc');
  const { LOCAL_USER_ID } = await import('../lib/server/actor');
  const actor = { id: LOCAL_USER_ID, role: 'editor' as const };
  const must = <T>(r: { ok: true; value: T } | { ok: false; code: string }): T => {
    if (!r.ok) throw new Error(r.code);
    return r.value;
  };
  try {
    await migrate();
    const d = draft();
    const find: number[] = [];
    const replace: number[] = [];
    const baseline: number[] = [];
    let hits = 0;
    let changed = 0;
    let locked = 0;
    for (let run = 0; run < RUNS; run++) {
      const id = await createDocument(d, LOCAL_USER_ID);
      let t = performance.now();
      const preview = must(await findInDocument(actor, { documentId: id, lang: 'ar', query: 'مقاومة' }));
      find.push(performance.now() - t);
      hits = preview.hits;
      t = performance.now();
      const out = must(await replaceInDocument(actor, { documentId: id, lang: 'ar', query: 'مقاومة', replacement: 'نضال', segments: preview.segments.map((s) => ({ segmentId: s.segmentId, version: s.version })) }));
      replace.push(performance.now() - t);
      changed = out.changedSegments;
      locked = out.skipped.filter((s) => s.reason === 'locked').length;

      // baseline: the same edits saved one segment at a time, as the editor saves
      const other = await createDocument(d, LOCAL_USER_ID);
      const stored = (await getDocument(other))!;
      t = performance.now();
      for (const s of stored.segments) {
        const tr = s.translations.ar!;
        const r = replaceInDoc(tr.content!, findInDoc(tr.content!, 'مقاومة', 'ar'), 'نضال');
        if (r.replaced.length === 0) continue;
        const saved = await saveSegmentText({ segmentId: s.id, lang: 'ar', baseVersion: tr.version, content: r.doc, text: r.text, author: LOCAL_USER_ID });
        if (!saved.ok) throw new Error('conflict');
      }
      baseline.push(performance.now() - t);
    }
    const res = { find: median(find), replace: median(replace), baseline: median(baseline) };
    console.log(`${N} segments, ${hits} hits, ${changed} segments changed, ${locked} left as locked originals; median of ${RUNS} runs`);
    console.log(`findInDocument (preview)               ${res.find.toFixed(0)} ms`);
    console.log(`replaceInDocument (one transaction)     ${res.replace.toFixed(0)} ms`);
    console.log(`baseline: saveSegmentText per segment   ${res.baseline.toFixed(0)} ms  (${(res.baseline / res.replace).toFixed(1)}x the replace-all)`);
    console.log(JSON.stringify({ bench: 'replace', node: process.version, segments: N, hits, changed, locked, runs: RUNS, findMs: Math.round(res.find), replaceMs: Math.round(res.replace), baselineSaveSegmentTextMs: Math.round(res.baseline), ratio: Math.round((res.baseline / res.replace) * 10) / 10 }));
  } finally {
    await closeSql();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
