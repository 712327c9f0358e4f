import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, SAMPLE_TITLE, segmentWith } from './support';

// The editor's code (Tiptap, ProseMirror) is not in the page's first script: it comes right after
// hydration. What a translator types into a pane before that pane's editor stands must all arrive.
const TITLE = 'Militia Channels and a Call for Restraint (typing early)';

async function importOwnSample(page: Page): Promise<string> {
  const md = readFileSync(join(process.cwd(), 'samples', 'sample-analysis.md'), 'utf8').replace(SAMPLE_TITLE, TITLE);
  await page.goto('/en');
  await page.getByLabel('File').setInputFiles({ name: 'typing-early.md', mimeType: 'text/markdown', buffer: Buffer.from(md) });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('article > header h1')).toHaveText(TITLE, { timeout: 30_000 });
  return page.url();
}

/**
 * Holds back every script the page did not name in its HTML (the editor's chunk among them) until
 * `release` is called: the window between a click and the editor, made as long as the test needs.
 */
async function holdLateScripts(page: Page, url: string): Promise<() => void> {
  const html = await (await page.request.get(url)).text();
  const initial = new Set([...html.matchAll(/\/_next\/static\/chunks\/[^"'\s]+\.js/gu)].map((m) => m[0]));
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route('**/_next/static/chunks/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith('.js') && !initial.has(path)) await released;
    await route.continue();
  });
  return release;
}

const hydrated = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('tarjuman:hydrated').length > 0, null, { timeout: 30_000 });

/** A fresh copy of the sample opened and hydrated with the editor's code held back; `release` lets it come. */
async function openWithEditorHeld(page: Page): Promise<() => void> {
  const url = await importOwnSample(page);
  const release = await holdLateScripts(page, url);
  // not until "load": the held script would hold it
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await hydrated(page);
  return release;
}

test('typing into panes before their editors stand keeps every character, in order, and saves it', async ({ page }) => {
  const release = await openWithEditorHeld(page);

  // the last row, far down and still static HTML: the click puts the caret in its own HTML, the editor cannot come yet
  const ROW = 'the argument is fought with posts rather than rockets';
  const row = segmentWith(page, ROW);
  await expect(row).toHaveAttribute('data-live', 'false');
  const ar = row.locator('[data-lang="ar"]');
  await ar.getByRole('textbox').first().click();
  const arabic = 'قالت قنوات مقربة من كتائب حزب الله ٢٠٢٤ 2024';
  await page.keyboard.type(arabic);
  await expect(ar.locator('.ProseMirror')).toHaveCount(0);
  // shown at once: the static pane is editable HTML and took the keys itself
  await expect(ar).toContainText(arabic);
  // the row turns live when the page is quiet (its static HTML replaced) while the editor's code is
  // still held back: what was typed stays on screen
  await expect(row).toHaveAttribute('data-live', 'true', { timeout: 15_000 });
  await expect(ar.locator('.ProseMirror')).toHaveCount(0);
  await expect(ar).toContainText(arabic);

  // then the editor's code arrives: the pane holds every character, once, and saves them
  release();
  await expect(ar.locator('.ProseMirror')).toHaveText(arabic, { timeout: 30_000 });
  await expect(ar.locator('.ProseMirror')).toBeFocused();
  // typing goes on at the caret, after what was replayed
  await page.keyboard.type(' نهاية');
  await expect(ar.locator('.ProseMirror')).toHaveText(`${arabic} نهاية`);
  await expectSaved(row, 'ar');

  await page.reload();
  await expect(segmentWith(page, ROW).locator('[data-lang="ar"] [role="textbox"]').first()).toHaveText(`${arabic} نهاية`, { timeout: 30_000 });
});

test('Farsi typed into a static pane while the editor loads keeps its ZWNJ and is saved', async ({ page }) => {
  const release = await openWithEditorHeld(page);
  await farsiKept(page, release, 'نزاع میان گروه‌های عراقی می‌گوید');
});

/**
 * Farsi typed into the Farsi pane of the sample's "quarrel" row while scripts are held: shown at once,
 * then, the scripts released, in the pane's editor with its ZWNJ, saved, and there after a reload.
 */
async function farsiKept(page: Page, release: () => void, farsi: string) {
  const row = segmentWith(page, 'quarrel between the Iraqi');
  const fa = row.locator('[data-lang="fa"]');
  await fa.getByRole('textbox').first().click();
  await page.keyboard.type(farsi);
  await expect(fa.locator('.ProseMirror')).toHaveCount(0);
  await expect(fa).toContainText(farsi);
  release();
  await expect(fa.locator('.ProseMirror')).toHaveText(farsi, { timeout: 30_000 });
  await expectSaved(row, 'fa');
  await page.reload();
  await expect(segmentWith(page, 'quarrel between the Iraqi').locator('[data-lang="fa"] [role="textbox"]').first()).toHaveText(farsi, { timeout: 30_000 });
}

test('Enter typed into a static pane before its editor stands makes a new paragraph in the editor', async ({ page }) => {
  const release = await openWithEditorHeld(page);
  const ROW = 'Iraqi contacts also describe a quieter quarrel';
  const row = segmentWith(page, ROW);
  const ar = row.locator('[data-lang="ar"]');
  await ar.getByRole('textbox').first().click();
  await page.keyboard.type('يصف عراقيون خلافاً أهدأ');
  await page.keyboard.press('Enter');
  await page.keyboard.type('وينتقد بعض القادة قاآني ٢٠٢٤');
  await expect(ar.locator('.ProseMirror')).toHaveCount(0);
  // two lines on screen at once, the words of neither joined to the other
  expect(await ar.getByRole('textbox').first().evaluate((e) => e.textContent)).toBe('يصف عراقيون خلافاً أهدأ\nوينتقد بعض القادة قاآني ٢٠٢٤');
  release();
  const paragraphs = ar.locator('.ProseMirror p');
  await expect(paragraphs).toHaveText(['يصف عراقيون خلافاً أهدأ', 'وينتقد بعض القادة قاآني ٢٠٢٤'], { timeout: 30_000 });
  await expectSaved(row, 'ar');
  await page.reload();
  await expect(segmentWith(page, ROW).locator('[data-lang="ar"] [role="textbox"] p')).toHaveText(['يصف عراقيون خلافاً أهدأ', 'وينتقد بعض القادة قاآني ٢٠٢٤'], { timeout: 30_000 });
});

/**
 * Holds back every script of the page (its first ones included) until `release` is called: the page is
 * its server HTML only, as it is for the first few hundred milliseconds of every open.
 */
async function holdAllScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route('**/_next/static/chunks/**', async (route) => {
    if (new URL(route.request().url()).pathname.endsWith('.js')) await released;
    await route.continue();
  });
  return release;
}

test('keys typed before the page has any script show at once, survive hydration and reach the editor where they were typed', async ({ page }) => {
  const url = await importOwnSample(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const release = await holdAllScripts(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  expect(await page.evaluate(() => performance.getEntriesByName('tarjuman:hydrated').length)).toBe(0);

  // a pane with text: the words go where the caret is put (here its start), not at its end
  const row = segmentWith(page, 'quarrel between the Iraqi');
  const en = row.locator('[data-lang="en"]');
  const source = (await en.getByRole('textbox').first().textContent()) ?? '';
  expect(source).toContain('quarrel between the Iraqi');
  await en.getByRole('textbox').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Indeed, ');
  await expect(en).toContainText(`Indeed, ${source.slice(0, 20)}`);

  // an empty target: Arabic with digits, shown before any script
  const ar = segmentWith(page, 'the argument is fought with posts rather than rockets').locator('[data-lang="ar"]');
  await ar.getByRole('textbox').first().click();
  const arabic = 'تدور الحجة بالمنشورات لا بالصواريخ ٢٠٢٤';
  await page.keyboard.type(arabic);
  await expect(ar).toContainText(arabic);
  expect(await page.evaluate(() => performance.getEntriesByName('tarjuman:hydrated').length)).toBe(0);

  // the scripts come: the page hydrates with the typed text in place, the editor takes it and saves it
  release();
  await hydrated(page);
  await expect(ar.locator('.ProseMirror')).toHaveText(arabic, { timeout: 30_000 });
  await expect(ar.locator('.ProseMirror')).toBeFocused();
  await page.keyboard.type(' فقط');
  await expect(ar.locator('.ProseMirror')).toHaveText(`${arabic} فقط`);
  await expectSaved(segmentWith(page, 'the argument is fought with posts rather than rockets'), 'ar');
  // the source pane typed into first (and left) gets its words too, at its start, once its editor stands
  await expect(en.locator('.ProseMirror')).toHaveText(`Indeed, ${source}`, { timeout: 30_000 });
  await expectSaved(row, 'en');
  expect(errors.filter((e) => /hydrat/iu.test(e))).toEqual([]);

  await page.reload();
  await expect(segmentWith(page, 'the argument is fought with posts rather than rockets').locator('[data-lang="ar"] [role="textbox"]').first()).toHaveText(`${arabic} فقط`, { timeout: 30_000 });
  await expect(segmentWith(page, 'quarrel between the Iraqi').locator('[data-lang="en"] [role="textbox"]').first()).toHaveText(`Indeed, ${source}`);
});

test('Farsi typed before the page has any script keeps its ZWNJ through hydration and is saved', async ({ page }) => {
  const url = await importOwnSample(page);
  const release = await holdAllScripts(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await farsiKept(page, release, 'نزاع میان گروه‌های عراقی و سپاه می‌گوید');
});

test('a key typed after a pane’s editor stands but before it has the caret goes into that editor', async ({ page }) => {
  // the page's animation frames held on request: Tiptap gives an editor the caret in the next frame, so
  // holding them holds the moment between the editor standing and its taking the caret
  await page.addInitScript(() => {
    const w = window as unknown as { __held: FrameRequestCallback[] | null; __hold: () => void; __release: () => void };
    const raf = window.requestAnimationFrame.bind(window);
    w.__held = null;
    window.requestAnimationFrame = (cb) => (w.__held ? (w.__held.push(cb), 0) : raf(cb));
    w.__hold = () => void (w.__held = []);
    w.__release = () => {
      const held = w.__held ?? [];
      w.__held = null;
      for (const cb of held) raf(cb);
    };
  });
  const url = await importOwnSample(page);
  await page.goto(url);
  // the editor's code is in the page (the first rows' editors stand)
  await expect(page.locator('.ProseMirror').first()).toBeAttached({ timeout: 30_000 });
  const ROW = 'the argument is fought with posts rather than rockets';
  const row = segmentWith(page, ROW);
  await expect(row).toHaveAttribute('data-live', 'false');
  const ar = row.locator('[data-lang="ar"]');

  await page.evaluate(() => (window as unknown as { __hold: () => void }).__hold());
  // the far row's static Arabic pane asked for (as a click does): the row turns live, keys wait in the catcher
  await ar.getByRole('textbox').first().evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
  await expect(ar.locator('.ProseMirror')).toBeAttached({ timeout: 30_000 });
  // the editor stands and has taken what was typed, but not yet the caret
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('typed-text-catcher');
  await page.keyboard.type('يا');
  await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
  await expect(ar.locator('.ProseMirror')).toBeFocused();
  await expect(ar.locator('.ProseMirror')).toHaveText('يا');
  await page.keyboard.type(' ٢٠٢٤');
  await expect(ar.locator('.ProseMirror')).toHaveText('يا ٢٠٢٤');
  await expectSaved(row, 'ar');
});

test('the editor hydrates without building a number formatter, in every UI language', async ({ page }) => {
  // the first Intl.NumberFormat a page builds loads ICU's number data (12-30 ms on the main thread):
  // the rows' numbers and the counts line come written from the server, so hydration needs none
  await page.addInitScript(() => {
    const w = window as unknown as { __built: string[] };
    w.__built = [];
    const Real = Intl.NumberFormat;
    Intl.NumberFormat = new Proxy(Real, {
      construct(target, args) {
        if (performance.getEntriesByName('tarjuman:hydrated').length === 0) w.__built.push(new Error().stack ?? '');
        return new target(...(args as []));
      },
    });
  });
  const url = await importOwnSample(page);
  for (const locale of ['en', 'ar', 'fa']) {
    await page.goto(url.replace('/en/', `/${locale}/`));
    await hydrated(page);
    expect(await page.evaluate(() => (window as unknown as { __built: string[] }).__built)).toEqual([]);
    // the rows' labels carry their numbers in the UI's digits
    await expect(page.getByTestId('segment').nth(11)).toHaveAttribute('aria-label', locale === 'fa' ? /۱۲/u : /12/u);
  }
});

test('opening a document renders no other page on the server (no prefetch of the header’s sections)', async ({ page }) => {
  const url = await importOwnSample(page);
  const rendered: string[] = [];
  page.on('request', (r) => new URL(r.url()).searchParams.has('_rsc') && rendered.push(r.url()));
  await page.goto(url);
  await hydrated(page);
  // the header's links are on screen, and the page has been idle for a while
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Glossary' })).toBeVisible();
  await page.waitForTimeout(2_000);
  expect(rendered).toEqual([]);
  // the links still go where they say
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/en\/glossary$/u);
});

test('Enter typed before the page has any script makes a new paragraph, the words of the two lines apart', async ({ page }) => {
  const url = await importOwnSample(page);
  const release = await holdAllScripts(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const ROW = 'the argument is fought with posts rather than rockets';
  const ar = segmentWith(page, ROW).locator('[data-lang="ar"]');
  await ar.getByRole('textbox').first().click();
  await page.keyboard.type('تدور الحجة بالمنشورات');
  await page.keyboard.press('Enter');
  await page.keyboard.type('لا بالصواريخ ٢٠٢٤');
  // the browser's own Enter (no script yet): a line of its own on screen
  expect(await page.evaluate(() => performance.getEntriesByName('tarjuman:hydrated').length)).toBe(0);
  await expect(ar.getByRole('textbox').first().locator('div')).toHaveText('لا بالصواريخ ٢٠٢٤');
  release();
  await hydrated(page);
  await expect(ar.locator('.ProseMirror p')).toHaveText(['تدور الحجة بالمنشورات', 'لا بالصواريخ ٢٠٢٤'], { timeout: 30_000 });
  await expectSaved(segmentWith(page, ROW), 'ar');
  await page.reload();
  await expect(segmentWith(page, ROW).locator('[data-lang="ar"] [role="textbox"] p')).toHaveText(['تدور الحجة بالمنشورات', 'لا بالصواريخ ٢٠٢٤'], { timeout: 30_000 });
});
