// bench:editor — open time and keystroke latency of the editor on a generated 300-segment document,
// in Debian's Chromium against the built app and a throwaway PostgreSQL. Baselines measured in the
// same run: the 27-segment sample analysis (open) and a bare <textarea> (keystrokes).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { ensureBuild } from '../scripts/ensure-build.mjs';
import { ensureChromium, CHROMIUM } from '../scripts/ensure-chromium.mjs';

register();
process.env.NEXT_TELEMETRY_DISABLED = '1';
// --data DIR (or TARJUMAN_DATA): where TICO-19 is; said, and checked, before anything starts
const { TICO19 } = await import('./shared-data.ts');
const SEGMENTS = 300;
const KEYS = 60;
const log = (l) => console.log(l);

ensureChromium(log);
const { freePort } = await import('../tests/support/free-port.ts');
const { startEmbeddedPostgres } = await import('../lib/db/embedded.ts');
const dir = mkdtempSync(join(tmpdir(), 'tarjuman-bench-pg-'));
chmodSync(dir, 0o755);
const db = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'bench', persistent: false });
process.env.DATABASE_URL = db.url;
const { prepareDatabase } = await import('../scripts/prepare-db.ts');
await prepareDatabase({ seed: true });
const { createDocument } = await import('../lib/db/documents.ts');
const { saveSegmentText } = await import('../lib/db/segments.ts');
const { closeSql } = await import('../lib/db/sql.ts');

// 300 segments of real English (TICO-19) with the sample's terms mixed in, half already in Arabic
const shared = join(TICO19, 'parallel');
const en = readFileSync(join(shared, 'tico19.en.txt'), 'utf8').split('\n');
const ar = readFileSync(join(shared, 'tico19.ar.txt'), 'utf8').split('\n');
const TERMS = ['the muqawama', 'Kataib Hezbollah', 'the Qods Force', 'Asaib Ahl al-Haq (AAH)', 'Qais al-Khazali'];
const para = (text) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const segments = Array.from({ length: SEGMENTS }, (_, i) => {
  const text = `${en[i * 3]} ${TERMS[i % TERMS.length]} said: ${en[i * 3 + 1]} ${en[i * 3 + 2]}`;
  return { kind: 'paragraph', content: para(text), text };
});
const docId = await createDocument({ title: 'Generated 300-segment analysis', authors: ['Bench'], publishedOn: null, sourceUrl: null, sourceLang: 'en', segments }, 'local');
const { getDocument } = await import('../lib/db/documents.ts');
const stored = await getDocument(docId);
for (const [i, s] of stored.segments.entries()) {
  if (i % 2 === 0) await saveSegmentText({ segmentId: s.id, lang: 'ar', baseVersion: 0, content: para(`${ar[i * 3]} ${ar[i * 3 + 1]}`), text: `${ar[i * 3]} ${ar[i * 3 + 1]}`, author: 'local' });
}
await closeSql();

if (!ensureBuild(log)) process.exit(1);
const port = await freePort();
const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore', env: process.env });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 200; i++) {
  try {
    if ((await fetch(`${base}/en`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 300));
}

const { chromium } = await import('@playwright/test');
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

// time from navigation to a target pane that takes a keystroke
async function openTime(path, rowText) {
  const page = await browser.newPage();
  const t0 = Date.now();
  await page.goto(`${base}${path}`);
  const row = page.getByTestId('segment').filter({ hasText: rowText }).first();
  // far rows show static text until they come near the viewport or are clicked (both are textboxes)
  await row.locator('[data-lang="ar"]').getByRole('textbox').first().click();
  await page.keyboard.type('ا');
  await row.locator('[data-lang="ar"] .ProseMirror', { hasText: 'ا' }).waitFor();
  const ms = Date.now() - t0;
  const rows = await page.getByTestId('segment').count();
  await page.close();
  return { ms, rows };
}

// per-character time from beforeinput to the next frame after the input, measured inside the page
async function keyLatency(page, locator) {
  await locator.click();
  await page.evaluate(() => {
    window.__lat = [];
    let t0 = 0;
    // beforeinput fires for every character, typed as a key or (Arabic) inserted as text
    document.addEventListener('beforeinput', () => (t0 = performance.now()), true);
    document.addEventListener('input', () => requestAnimationFrame(() => window.__lat.push(performance.now() - t0)), true);
  });
  const text = 'المقاومة العراقية وفيلق القدس كتائب حزب الله ';
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(text[i % text.length]);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => window.__lat);
}

const runs = [];
for (let i = 0; i < 3; i++) runs.push(await openTime(`/en/documents/${docId}`, segments[150].text.slice(0, 40)));
const sampleRuns = [];
for (let i = 0; i < 3; i++) sampleRuns.push(await openTime('/en/documents/1', 'quarrel between the Iraqi'));

const page = await browser.newPage();
await page.goto(`${base}/en/documents/${docId}`);
const row = page.getByTestId('segment').filter({ hasText: segments[10].text.slice(0, 40) }).first();
await row.locator('[data-lang="ar"]').getByRole('textbox').first().click();
const editorLat = await keyLatency(page, row.locator('[data-lang="ar"] .ProseMirror'));
const bare = await browser.newPage();
await bare.setContent('<textarea dir="rtl" lang="ar" style="width:600px;height:200px"></textarea>');
const bareLat = await keyLatency(bare, bare.locator('textarea'));
await browser.close();
server.kill('SIGTERM');
await db.stop();
rmSync(dir, { recursive: true, force: true });

const figures = {
  segments: SEGMENTS,
  open_ms_median: median(runs.map((r) => r.ms)),
  open_ms_runs: runs.map((r) => r.ms),
  baseline_sample_open_ms_median: median(sampleRuns.map((r) => r.ms)),
  keystroke_ms_median: +median(editorLat).toFixed(2),
  keystroke_ms_p95: +p95(editorLat).toFixed(2),
  baseline_textarea_keystroke_ms_median: +median(bareLat).toFixed(2),
  baseline_textarea_keystroke_ms_p95: +p95(bareLat).toFixed(2),
  keys: editorLat.length,
};
log(`editor on ${SEGMENTS} segments: open-to-typed ${figures.open_ms_median} ms median (runs ${figures.open_ms_runs.join(', ')} ms)`);
log(`  baseline, the 27-segment sample: ${figures.baseline_sample_open_ms_median} ms median`);
log(`keystroke to next frame (term highlighting and live QA on): median ${figures.keystroke_ms_median} ms, p95 ${figures.keystroke_ms_p95} ms over ${figures.keys} keys`);
log(`  baseline, a bare <textarea>: median ${figures.baseline_textarea_keystroke_ms_median} ms, p95 ${figures.baseline_textarea_keystroke_ms_p95} ms`);
log(JSON.stringify(figures));
