import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const base = 'http://127.0.0.1:' + (process.env.P ?? '3100');
const cookie = readFileSync('/tmp/cookie', 'utf8').trim();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const ctx = await browser.newContext();
await ctx.addCookies([{ name: 'tarjuman_session', value: cookie, url: base }]);
const path = process.argv[2] ?? '/en/documents/1';
const sel = '[data-testid="segment"]:has-text("quarrel between the Iraqi") [data-lang="ar"] [role="textbox"]';
for (let run = 0; run < 4; run++) {
  const page = await ctx.newPage();
  if (process.env.DELAY) await page.route('**/_next/static/chunks/**', async (r) => { if (r.request().url().endsWith('.js')) await new Promise((ok) => setTimeout(ok, Number(process.env.DELAY))); await r.continue(); });
  const t0 = Date.now();
  const log = [];
  const at = (s) => log.push(`${s} ${Date.now() - t0}`);
  await page.goto(base + path, { waitUntil: 'commit' });
  at('commit');
  const box = page.locator(sel).first();
  await box.waitFor({ state: 'attached' });
  at('attached');
  if (process.env.RAW) {
    const r = await box.evaluate((e) => { e.scrollIntoView({ block: 'center' }); const b = e.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + 8 }; });
    at('rect');
    await page.mouse.click(r.x, r.y);
  } else await box.click();
  at('clicked');
  const f = await page.evaluate(() => ({ tag: document.activeElement?.tagName, static: document.activeElement?.getAttribute('data-static-pane'), tid: document.activeElement?.getAttribute('data-testid'), hyd: performance.getEntriesByName('tarjuman:hydrated')[0]?.startTime ?? null, t: performance.now() }));
  at(`focus ${JSON.stringify(f)}`);
  await page.keyboard.type('\u0750');
  await page.locator('[data-testid="segment"]:has-text("quarrel between the Iraqi") [data-lang="ar"]', { hasText: '\u0750' }).first().waitFor();
  at('shown');
  console.log(log.join(' | '));
  await page.close();
}
await browser.close();
