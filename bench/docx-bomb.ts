/**
 * DOCX zip-bomb benchmark (npm run bench:docx). Builds bombs in memory (never holding their inflated
 * bytes) and times how importDocument refuses them, with the peak RSS growth of this process; the
 * baseline, measured in the same run, is what the import did before the caps: mammoth reading the
 * upload itself, on a 300 MB bomb (the 1.2 GB one takes it past 2.5 GB of memory). Ends with one JSON line.
 */
import mammoth from 'mammoth';
import { importDocument } from '../lib/import/import-document';
import { ZIP_LIMITS } from '../lib/import/zip-archive';
import { buildZip, deflated, deflatedRepeat, type RawEntry } from '../tests/support/zip-builder';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>`;
const TAIL = '</w:body></w:document>';
const docx = (main: RawEntry) => buildZip([deflated('[Content_Types].xml', '<Types/>'), main]);
const peakMb = () => process.resourceUsage().maxRSS / 1024;

async function time(label: string, run: () => Promise<unknown>): Promise<{ ms: number; peakGrowthMb: number; outcome: string }> {
  const peak0 = peakMb();
  const t0 = performance.now();
  let outcome = 'accepted';
  try {
    await run();
  } catch (e) {
    outcome = (e as { code?: string }).code ?? String(e).slice(0, 60);
  }
  const r = { ms: Math.round((performance.now() - t0) * 10) / 10, peakGrowthMb: Math.round(peakMb() - peak0), outcome };
  console.log(`${label.padEnd(52)} ${String(r.ms).padStart(9)} ms  peak RSS +${r.peakGrowthMb} MB  ${outcome}`);
  return r;
}

const zeros = deflatedRepeat(HEAD, '\0'.repeat(1024), 1_200_000, TAIL);
const flood = deflatedRepeat(HEAD, '<w:p/>', Math.floor((ZIP_LIMITS.maxEntryBytes - 200) / 6), TAIL);
const bombs: [string, Uint8Array][] = [
  ['1.2 GB document.xml, honest directory', docx({ name: 'word/document.xml', data: zeros.data, method: 8, size: zeros.size, crc: 0 })],
  ['1.2 GB document.xml, directory says 16 MiB', docx({ name: 'word/document.xml', data: zeros.data, method: 8, size: ZIP_LIMITS.maxEntryBytes, crc: 0 })],
  ['16 MB of <w:p/> (2.8M paragraphs)', docx({ name: 'word/document.xml', data: flood.data, method: 8, size: flood.size, crc: flood.crc })],
];
console.log(`compressed sizes: ${bombs.map(([l, b]) => `${l}: ${(b.length / 1e6).toFixed(2)} MB`).join('; ')}`);

const results: Record<string, unknown> = {};
for (const [label, bytes] of bombs) {
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await time(`${label} #${i + 1}`, () => importDocument({ bytes, fileName: 'a.docx' })));
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  results[label] = { medianMs: ms[2], maxPeakGrowthMb: Math.max(...runs.map((r) => r.peakGrowthMb)), code: runs[0]!.outcome };
}

const base = deflatedRepeat(HEAD, '\0'.repeat(1024), 300_000, TAIL);
const baseline = await time('baseline: mammoth on a 300 MB bomb (before the caps)', () =>
  mammoth.convertToHtml({ buffer: Buffer.from(docx({ name: 'word/document.xml', data: base.data, method: 8, size: base.size, crc: base.crc })) }),
);
console.log(JSON.stringify({ bench: 'docx-bomb', node: process.version, results, baseline300Mb: baseline }));
