import { expect, test } from '@playwright/test';
import { liveRow, openSample, paneEditor, segmentWith, selectWord, signedInContext, signedOutContext } from './support';
import { E2E_USERS } from './users';

test('a signed-out page request lands on the sign-in page; signing in there goes back to it', async ({ browser }) => {
  const context = await signedOutContext(browser);
  const page = await context.newPage();
  await page.goto('/fa/glossary');
  await expect(page).toHaveURL(/\/fa\/sign-in\?next=%2Ffa%2Fglossary$/u);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: 'ورود' })).toBeVisible();
  await page.getByLabel('ایمیل').fill(E2E_USERS.translator.email);
  await page.getByLabel('گذرواژه').fill('not the password at all');
  await page.getByRole('button', { name: 'ورود' }).click();
  await expect(page.getByTestId('sign-in-error')).toHaveText('ایمیل یا گذرواژه نادرست است.');
  await page.getByLabel('گذرواژه').fill(E2E_USERS.translator.password);
  await page.getByRole('button', { name: 'ورود' }).click();
  await expect(page).toHaveURL(/\/fa\/glossary$/u);
  // the header names the user (isolated, a Latin name in an RTL bar) and the role
  const menu = page.getByTestId('user-menu');
  await expect(menu.locator('bdi')).toHaveText(E2E_USERS.translator.name);
  await expect(menu).toContainText('مترجم');
  // signing out ends the session: the next page is the sign-in page again
  await menu.getByRole('button', { name: 'خروج' }).click();
  await expect(page).toHaveURL(/\/fa\/sign-in$/u);
  await page.goto('/fa');
  await expect(page).toHaveURL(/\/fa\/sign-in$/u);
  await context.close();
});

test('signed-out API calls get 401; signed-in ones name the user', async ({ browser, request }) => {
  const context = await signedOutContext(browser);
  const res = await context.request.get('/api/glossary?q=resistance');
  expect(res.status()).toBe(401);
  expect(await res.json()).toEqual({ error: 'unauthenticated', params: {} });
  expect((await context.request.get('/api/me')).status()).toBe(401);
  await context.close();
  const me = await request.get('/api/me');
  expect(await me.json()).toEqual({ email: E2E_USERS.admin.email, name: 'Admin', role: 'admin' });
});

test('a form posted from another site is refused even with a valid cookie', async ({ page }) => {
  await page.goto('/en');
  const status = await page.evaluate(async () => {
    const r = await fetch('/api/glossary', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"concept":{}}' });
    return r.status;
  });
  expect(status).toBe(415);
  // a cookie-carrying cross-site form post (the old hole): the browser sends another Origin
  const res = await page.request.post('/api/glossary', { headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, data: '{"concept":{}}' });
  expect(res.status()).toBe(403);
});

test('a translator sees no import form and no publish button', async ({ browser }) => {
  const context = await signedInContext(browser, 'translator');
  const page = await context.newPage();
  await page.goto('/en');
  // documents are imported by editors: no import form
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
  await expect(page.getByLabel('File')).toHaveCount(0);
  await openSample(page);
  const docId = new URL(page.url()).pathname.split('/').pop()!;
  await page.goto(`/en/documents/${docId}/edition/ar`);
  await expect(page.getByTestId('publish-gate')).toBeVisible();
  await expect(page.getByTestId('publish')).toHaveCount(0);
  await expect(page.getByTestId('download-html')).toBeVisible();
  await context.close();
});

test('a translator’s “Add to glossary” in the editor sends a proposal, which an editor sees waiting', async ({ browser }) => {
  const context = await signedInContext(browser, 'translator');
  const page = await context.newPage();
  await openSample(page, 'en');
  const row = segmentWith(page, 'drone attack');
  const en = await paneEditor(row, 'en');
  await en.click();
  await selectWord(en, 'drone');
  await row.getByRole('button', { name: 'Add to glossary' }).click();
  const form = page.getByTestId('add-term');
  await expect(form.getByLabel('Term in English')).toHaveValue('drone');
  await form.getByLabel('Term in Arabic').fill('طائرة مسيّرة');
  await form.getByRole('button', { name: 'Save to glossary' }).click();
  await expect(form.getByTestId('term-proposed')).toContainText('Sent to an editor for approval');
  // not in the glossary yet: the term is not recognized in the pane
  await expect(en.locator('.term-match', { hasText: 'drone' })).toHaveCount(0);
  await context.close();

  const editor = await signedInContext(browser, 'editor');
  const glossary = await editor.newPage();
  await glossary.goto('/en/glossary');
  await expect(glossary.getByTestId('proposal').filter({ hasText: 'طائرة مسيّرة' })).toBeVisible();
  await editor.close();
});

test('the editor follows the role: a viewer reads, a translator edits targets but not the source', async ({ browser }) => {
  const viewer = await signedInContext(browser, 'viewer');
  const page = await viewer.newPage();
  await openSample(page, 'en');
  const row = await liveRow(page, 'drone attack');
  await expect(row.getByRole('button', { name: 'Split' })).toHaveCount(0);
  await expect(row.getByRole('button', { name: 'Add to glossary' })).toHaveCount(0);
  await expect(await paneEditor(row, 'ar')).toHaveAttribute('contenteditable', 'false');
  await expect(await paneEditor(row, 'en')).toHaveAttribute('contenteditable', 'false');
  await viewer.close();

  const translator = await signedInContext(browser, 'translator');
  const tPage = await translator.newPage();
  await openSample(tPage, 'en');
  const tRow = await liveRow(tPage, 'drone attack');
  await expect(tRow.getByRole('button', { name: 'Split' })).toHaveCount(0);
  await expect(tRow.getByRole('button', { name: 'Add to glossary' })).toHaveCount(1);
  await expect(await paneEditor(tRow, 'en')).toHaveAttribute('contenteditable', 'false');
  await expect(await paneEditor(tRow, 'ar')).toHaveAttribute('contenteditable', 'true');
  await translator.close();
});
