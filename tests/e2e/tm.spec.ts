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
});
