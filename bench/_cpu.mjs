import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
const base = 'http://127.0.0.1:' + (process.env.P ?? '3100');
const cookie = readFileSync('/tmp/cookie', 'utf8').trim();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const ctx = await browser.newContext();
await ctx.addCookies([{ name: 'tarjuman_session', value: cookie, url: base }]);
const path = process.argv[2] ?? '/en/documents/1';
const agg = new Map();
const byUrl = new Map();
let total = 0;
for (let run = 0; run < 4; run++) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(base + path, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('tarjuman:hydrated').length > 0);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  if (run === 0) continue;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  for (const [id, us] of dt) {
    const n = nodes.get(id);
    const cf = n.callFrame;
    if (cf.functionName === '(idle)' || cf.functionName === '(program)') continue;
    const key = `${cf.functionName || "(anon)"} ${cf.url.split("/").pop()}:${cf.lineNumber}:${cf.columnNumber}`;
    agg.set(key, (agg.get(key) ?? 0) + us);
    const u = cf.url.split('/').pop() || cf.functionName;
    byUrl.set(u, (byUrl.get(u) ?? 0) + us);
    total += us;
  }
}
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, us]) => `${(us / 3000).toFixed(1).padStart(6)} ms  ${n}`).join('\n');
console.log('total per load (ms)', (total / 3000).toFixed(0));
console.log(top(byUrl, 15));
console.log(top(agg, 40));
await browser.close();
