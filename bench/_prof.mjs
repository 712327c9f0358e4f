import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
const base = 'http://127.0.0.1:' + (process.env.P ?? '3100');
const cookie = readFileSync(process.env.COOKIE ?? '/tmp/cookie', 'utf8').trim();
const path = process.argv[2] ?? '/en/documents/1';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const ctx = await browser.newContext();
await ctx.addCookies([{ name: 'tarjuman_session', value: cookie, url: base }]);
for (let run = 0; run < 2; run++) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink.user_timing,loading,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(base + path, { waitUntil: 'load' });
  await page.waitForTimeout(2500);
  await cdp.send('Tracing.end');
  await done;
  if (run === 0) { await page.close(); continue; }
  writeFileSync(process.env.TRACE ?? '/tmp/prof/trace.json', JSON.stringify(events));
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser');
  const t0 = events.filter((e) => e.name === 'navigationStart').map((e) => e.ts).sort((a, b) => b - a)[0];
  // renderer main thread: the thread with most RunTask/ParseHTML
  const parse = events.find((e) => e.name === 'ParseHTML');
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur > 3000 && e.ts >= t0);
  const tops = main.filter((e) => e.name === 'RunTask');
  for (const t of tops) {
    const inner = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== 'RunTask').sort((a, b) => b.dur - a.dur).slice(0, 3);
    console.log(`${((t.ts - t0) / 1000).toFixed(0).padStart(5)} +${(t.dur / 1000).toFixed(0).padStart(4)} ms  ${inner.map((e) => `${e.name}${e.args?.data?.url ? '(' + e.args.data.url.split('/').pop() + ')' : ''} ${(e.dur / 1000).toFixed(0)}`).join(' | ')}`);
  }
  const marks = events.filter((e) => e.cat?.includes('user_timing') || e.name === 'firstContentfulPaint').filter((e) => e.ts >= t0).map((e) => `${e.name} ${((e.ts - t0) / 1000).toFixed(0)}`);
  console.log(marks.join('\n'));
  await page.close();
}
await browser.close();
