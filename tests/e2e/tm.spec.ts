import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openSample, paneEditor, segmentWith } from './support';

// The sample's sentence, confirmed in Arabic, and a small document with near copies of it.
const SOURCE = 'On March 5, two Iraqi sources told Baghdad-based outlets';
const ARABIC = 'في ٥ آذار، قال مصدران عراقيان لوسائل إعلام في بغداد إن فيلق القدس طلب من الفصائل، عبر وسطاء، وقف إطلاق النار حتى تنهي الحكومة تحقيقها الخاص بالضربة.';
const REST = 'Baghdad-based outlets that the Qods Force had asked the factions, through intermediaries, to hold their fire until the government finished its own inquiry into the strike.';
const NEAR = `# Memory check ${Date.now()}\n\nOn March 5, two Iraqi officials told ${REST}\n\nOn March 9, two Iraqi sources told ${REST}\n`;

test.describe.configure({ mode: 'serial' });

async function confirmInSample(page: Page) {
  await openSample(page, 'en');
  const row = segmentWith(page, SOURCE);
  const ar = await paneEditor(row, 'ar');
  await ar.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(ARABIC);
  await expectSaved(row, 'ar');
  await ar.click();
  await page.keyboard.press('Control+Enter');
  await expect(row.locator('[data-lang="ar"] [data-testid="state"]')).not.toHaveValue('initial', { timeout: 15_000 });
  await expectSaved(row, 'ar');
}

async function importNear(page: Page) {
  await page.goto('/en');
  await page.getByLabel('File').setInputFiles({ name: 'memory-check.md', mimeType: 'text/markdown', buffer: Buffer.from(NEAR, 'utf8') });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('article > header h1')).toContainText('Memory check', { timeout: 30_000 });
}

test('a confirmed segment comes back as a fuzzy match with its differences; a click applies it', async ({ page }) => {
  test.setTimeout(120_000);
  await confirmInSample(page);
  await importNear(page);
  const row = segmentWith(page, 'two Iraqi officials told');
  const ar = await paneEditor(row, 'ar');
  await ar.click();
  const panel = page.getByTestId('tm-panel');
  const match = panel.getByTestId('tm-match').first();
  await expect(match).toBeVisible({ timeout: 20_000 });
  await expect(match).toHaveAttribute('data-kind', 'fuzzy');
  const score = Number(await match.getAttribute('data-score'));
  expect(score).toBeGreaterThanOrEqual(70);
  expect(score).toBeLessThan(100);
  // the word only the memory's source has is highlighted, the current source's own word struck through
  await expect(match.locator('mark[data-diff="insert"]')).toContainText('sources');
  await expect(match.locator('del[data-diff="delete"]')).toContainText('officials');
  await expect(match.getByTestId('tm-match-target')).toHaveText(ARABIC);
  await expect(match.getByTestId('tm-origin')).toContainText("Militia Channels Split Over Tehran's Call for Restraint");
  await match.getByTestId('tm-apply').click();
  await expect(ar).toHaveText(ARABIC);
  await expectSaved(row, 'ar');
  await page.reload();
  await expect(segmentWith(page, 'two Iraqi officials told').locator('[data-lang="ar"]')).toContainText('فيلق القدس طلب من الفصائل');
});

test('a match whose numbers differ is marked; Alt+Shift+1 offers the source number in Arabic-Indic digits', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/en');
  await page.getByRole('link', { name: /Memory check/ }).first().click();
  const row = segmentWith(page, 'On March 9, two Iraqi sources');
  const ar = await paneEditor(row, 'ar');
  await ar.click();
  const match = page.getByTestId('tm-panel').getByTestId('tm-match').first();
  await expect(match).toBeVisible({ timeout: 20_000 });
  await expect(match.getByTestId('tm-numbers-differ')).toBeVisible();
  await page.keyboard.press('Alt+Shift+1');
  const offer = match.getByTestId('tm-numbers-offer');
  await expect(offer).toContainText('في ٩ آذار');
  await page.keyboard.press('Alt+Shift+1');
  await expect(ar).toHaveText(ARABIC.replace('٥', '٩'));
  await expectSaved(row, 'ar');
});

test('the panel speaks Farsi in /fa and mirrors', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/fa');
  await page.getByRole('link', { name: /Memory check/ }).first().click();
  const row = segmentWith(page, 'two Iraqi officials told');
  const fa = await paneEditor(row, 'fa');
  await fa.click();
  const panel = page.getByTestId('tm-panel');
  await expect(panel.getByRole('heading', { name: 'حافظهٔ ترجمه' })).toBeVisible();
  // no Farsi unit yet: the empty state names the threshold in Persian digits
  await expect(panel.getByTestId('tm-no-match')).toContainText('۷۰');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // the panel folds to its title bar, which then says how many matches there are
  await panel.getByRole('button', { name: 'حافظهٔ ترجمه' }).click();
  await expect(panel.getByTestId('tm-no-match')).toBeHidden();
  await expect(panel).toContainText('بی‌تطبیق');
  await panel.getByRole('button', { name: 'حافظهٔ ترجمه' }).click();
  await expect(panel.getByTestId('tm-no-match')).toBeVisible();
});

test('concordance finds an Arabic word behind its clitic, marked in context, from the /ar UI', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/ar/tm/concordance');
  await page.getByLabel('اللغة').selectOption('ar');
  await page.getByLabel('كلمة أو عبارة').fill('الضربة');
  await page.getByRole('button', { name: 'ابحث' }).click();
  const hit = page.getByTestId('tm-hit').filter({ hasText: 'فيلق القدس' }).first();
  await expect(hit).toBeVisible({ timeout: 20_000 });
  // «بالضربة» holds the searched word behind ب; the English side keeps its own direction
  await expect(hit.getByTestId('tm-hit-target').locator('mark')).toContainText(['الضربة']);
  await expect(hit.getByTestId('tm-hit-target').locator('mark').first()).toHaveText(/^(?:بالضربة|الضربة)$/u);
  await expect(hit.getByTestId('tm-hit-source')).toHaveAttribute('dir', 'ltr');
  await expect(hit).toContainText("Militia Channels Split Over Tehran's Call for Restraint");
});

test('memories: import a TMX file with its report, export a pair, a broken file names its line and column, delete a unit', async ({ page }) => {
  test.setTimeout(120_000);
  const { join } = await import('node:path');
  await page.goto('/en/tm');
  const form = page.getByTestId('tmx-import');
  await form.getByLabel('TMX file').setInputFiles(join(process.cwd(), 'tests', 'fixtures', 'tmx', 'en-ar-fa.tmx'));
  await form.getByLabel('Into the memory').fill('Fixture memory');
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(form.getByTestId('tmx-report')).toContainText('imported into “Fixture memory”', { timeout: 20_000 });
  await expect(form.getByTestId('tmx-report')).toContainText(/Line \d+, column \d+: inline codes were kept as plain text/);
  await expect(form.getByTestId('tmx-outcome')).toHaveText('New: 8. Updated: 0. Already in the memory: 0.');
  const row = page.getByTestId('tm-memory').filter({ hasText: 'Fixture memory' });
  await expect(row).toContainText('English → Arabic');
  await expect(row).toContainText('English → Farsi');
  const href = await row.getByRole('link', { name: /Export TMX of Fixture memory, English to Arabic/ }).getAttribute('href');
  const tmx = await (await page.request.get(href!)).text();
  expect(tmx).toContain('<tmx version="1.4">');
  expect(tmx).toContain('لم يتبنَّ أحد الضربة.');

  // The same file again, from the Arabic page: nothing is added twice, and the report says so in Arabic.
  await page.goto('/ar/tm');
  const arForm = page.getByTestId('tmx-import');
  await arForm.getByLabel('ملف TMX').setInputFiles(join(process.cwd(), 'tests', 'fixtures', 'tmx', 'en-ar-fa.tmx'));
  await arForm.getByLabel('إلى الذاكرة').fill('Fixture memory');
  await arForm.getByRole('button', { name: 'استورد' }).click();
  await expect(arForm.getByTestId('tmx-outcome')).toHaveText(/^جديدة: [0٠]\. مُحدَّثة: [0٠]\. موجودة في الذاكرة من قبل: [8٨]\.$/u, { timeout: 20_000 });
  // the export still holds each English–Arabic unit of the file once
  expect((await (await page.request.get(href!)).text()).match(/<tu[\s>]/g)).toHaveLength(4);
  await page.goto('/en/tm');

  await form.getByLabel('TMX file').setInputFiles({ name: 'broken.tmx', mimeType: 'application/xml', buffer: Buffer.from('<?xml version="1.0"?>\n<tmx version="1.4">\n<header srclang="en" />\n<body><tu><tuv xml:lang="en"><seg>x</seg></tu></body>\n</tmx>\n') });
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(form.getByTestId('tmx-error')).toContainText(/line 4/i, { timeout: 20_000 });

  await page.goto('/en/tm/concordance?lang=en&q=Nobody%20has%20claimed');
  const hits = page.getByTestId('tm-hit').filter({ hasText: 'لم يتبنَّ أحد الضربة' });
  await expect(hits.first()).toBeVisible();
  const before = await hits.count();
  await hits.first().getByRole('button', { name: 'Delete unit' }).click();
  await hits.first().getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(hits).toHaveCount(before - 1, { timeout: 15_000 });
});

test('a fresh copy of the sample: analysis by band, pre-translation from the memory, then the settings and threshold', async ({ page }) => {
  test.setTimeout(150_000);
  const { importFreshSample } = await import('./support');
  await importFreshSample(page);
  const id = /\/documents\/(\d+)/.exec(page.url())![1];
  await page.goto(`/en/documents/${id}/memory`);
  const pre = page.getByTestId('tm-pretranslate');
  await pre.getByLabel('Target language').selectOption('ar');
  await pre.getByRole('button', { name: 'Analyse' }).click();
  const report = pre.getByTestId('tm-report');
  // the confirmed sentence comes back as a context match (same neighbours) or at least an exact one
  await expect(report).toBeVisible({ timeout: 30_000 });
  const count = async (band: string) => Number(await report.locator(`tr[data-band="${band}"] td`).first().innerText());
  expect((await count('101')) + (await count('100'))).toBeGreaterThan(0);
  await expect(report.locator('tr[data-band="none"] td').first()).not.toHaveText('0');
  await pre.getByRole('button', { name: 'Pre-translate' }).click();
  await expect(pre.getByTestId('tm-filled')).toContainText(/targets? filled from memory/, { timeout: 30_000 });
  await page.goto(`/en/documents/${id}`);
  await expect(segmentWith(page, SOURCE).locator('[data-lang="ar"]')).toContainText('فيلق القدس طلب من الفصائل');

  await page.goto(`/en/documents/${id}/memory`);
  const settings = page.getByTestId('tm-settings');
  await settings.getByRole('button', { name: 'Add Fixture memory' }).click();
  await settings.getByLabel('Fuzzy threshold').fill('85');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toContainText('Saved.');
  await page.reload();
  await expect(page.getByTestId('tm-chosen').first()).toContainText('Fixture memory');
  await expect(page.getByTestId('tm-settings').getByLabel('Fuzzy threshold')).toHaveValue('85');
  await page.goto(`/en/documents/${id}`);
  // a paragraph whose second sentence the fixture memory holds in Farsi: sentence matches and a draft
  const row = segmentWith(page, 'The argument began after a drone struck');
  const fa = await paneEditor(row, 'fa');
  await fa.click();
  const panel = page.getByTestId('tm-panel');
  await expect(panel).toContainText('Fuzzy matches from 85%', { timeout: 20_000 });
  await expect(panel.getByTestId('tm-sentence').filter({ hasText: 'هیچ گروهی مسئولیت این حمله' })).toBeVisible();
  await expect(panel.getByTestId('tm-draft')).toContainText(/Draft from memory: 1 of \d+ sentences/);
  // one sentence goes in at the caret; the draft then replaces the whole target
  await panel.getByTestId('tm-sentence-insert').first().click();
  await expect(fa).toContainText('هیچ گروهی مسئولیت این حمله را بر عهده نگرفته است.');
  await panel.getByRole('button', { name: 'Apply sentence matches' }).click();
  await expect(fa).toContainText('هیچ گروهی مسئولیت این حمله را بر عهده نگرفته است.');
  await expectSaved(row, 'fa');
});

test('the TM pages and the open panel have no serious accessibility violations (en, ar, fa)', async ({ page }) => {
  test.setTimeout(150_000);
  const AxeBuilder = (await import('@axe-core/playwright')).default;
  const check = async () => {
    const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${page.url()} ${v.id}: ${v.nodes.length} nodes (${v.nodes[0]?.target})`)).toEqual([]);
  };
  for (const [locale, path] of [['ar', '/tm'], ['fa', '/tm/concordance?lang=fa&q=%D9%85%D9%82%D8%A7%D9%88%D9%85%D8%AA'], ['en', '/documents/1/memory']] as const) {
    await page.goto(`/${locale}${path}`);
    await expect(page.locator('main')).toBeVisible();
    await check();
  }
  await page.goto('/ar');
  await page.getByRole('link', { name: /Memory check/ }).first().click();
  const row = segmentWith(page, 'On March 9, two Iraqi sources');
  await (await paneEditor(row, 'ar')).click();
  await expect(page.getByTestId('tm-panel').getByTestId('tm-match').first()).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('tm-panel').screenshot({ path: 'test-results/e2e/tm-panel-ar.png' });
  await check();
});
