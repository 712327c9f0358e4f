import { expect, test } from '@playwright/test';
import { expectSaved, openSample, paneEditor, segmentWith, signedInContext } from './support';
import { E2E_USERS } from './users';

test.describe.configure({ mode: 'serial' });

const SOURCE = 'Kataib Hezbollah';

test('the translator confirms, the editor reviews, approves and sends back with a comment', async ({ browser }) => {
  test.setTimeout(180_000);
  const translator = await (await signedInContext(browser, 'translator')).newPage();
  await openSample(translator);
  const row = segmentWith(translator, SOURCE);
  // a translator gets no review buttons
  await expect(row.getByTestId('review-actions')).toHaveCount(0);
  const ar = await paneEditor(row, 'ar');
  await ar.click();
  await translator.keyboard.press('ControlOrMeta+a');
  await translator.keyboard.type('أصدرت كتائب حزب الله بيانًا');
  await translator.keyboard.press('ControlOrMeta+Enter');
  await expectSaved(row, 'ar');
  await expect(row.locator('[data-lang="ar"] [data-testid="state"]')).toHaveValue('translated');

  const editor = await (await signedInContext(browser, 'editor')).newPage();
  await openSample(editor);
  await expect(editor.getByTestId('user-menu').locator('bdi')).toHaveText(E2E_USERS.editor.name);
  const erow = segmentWith(editor, SOURCE);
  const actions = erow.locator('[data-testid="review-actions"] [data-review-lang="ar"]');
  await expect(actions).toHaveAttribute('data-state', 'translated');
  await actions.getByTestId('review-review').click();
  await expect(actions).toHaveAttribute('data-state', 'reviewed');
  await actions.getByTestId('review-approve').click();
  await expect(actions).toHaveAttribute('data-state', 'final');
  await expect(erow.locator('[data-lang="ar"] [data-testid="state"]')).toHaveValue('final');
  // sending back needs a comment
  await actions.getByTestId('review-send-back').click();
  await erow.getByTestId('review-send-back-confirm').click();
  await expect(erow.getByRole('alert')).toContainText('comment is required');
  await erow.getByTestId('review-comment').fill('استخدم «كتائب حزب الله» كما في المسرد');
  await erow.getByTestId('review-send-back-confirm').click();
  await expect(erow.locator('[data-lang="ar"] [data-testid="state"]')).toHaveValue('initial');
  await expect(erow.locator('[data-testid="review-actions"] [data-review-lang="ar"]')).toHaveCount(0);

  // the translator's view after a reload: back to a draft
  await translator.reload();
  await expect(segmentWith(translator, SOURCE).locator('[data-lang="ar"] [data-testid="state"]')).toHaveValue('initial');
  await translator.context().close();
  await editor.context().close();
});

test('the admin page lists the accounts and the audit log; others cannot open it', async ({ page, browser }) => {
  await page.goto('/en/admin');
  await expect(page.getByTestId('user-row').filter({ hasText: E2E_USERS.translator.email })).toContainText('translator');
  await expect(page.locator('[data-testid="audit-row"][data-action="sign-in"]').first()).toBeVisible();
  const viewer = await (await signedInContext(browser, 'viewer')).newPage();
  await viewer.goto('/en/admin');
  await expect(viewer.getByText('Only admins can see this page.')).toBeVisible();
  await expect(viewer.getByRole('link', { name: 'Admin' })).toHaveCount(0);
  // a viewer reads: no aligning, no review buttons
  await viewer.goto('/en/align');
  await expect(viewer.getByText('Aligning texts is for translators and editors; your role can read only.')).toBeVisible();
  await openSample(viewer);
  await expect(viewer.getByTestId('review-actions')).toHaveCount(0);
  await viewer.context().close();
});
