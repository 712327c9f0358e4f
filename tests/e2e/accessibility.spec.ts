import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = ['', '/glossary', '/glossary/c-muqawama', '/documents/1/qa/ar', '/documents/1/edition/ar', '/documents/1/quotes', '/align', '/sign-in', '/admin'];

for (const locale of ['en', 'ar', 'fa'] as const) {
  for (const path of PAGES) {
    test(`/${locale}${path} has no serious accessibility violations`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator('main')).toBeVisible();
      const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.length} nodes (${v.nodes[0]?.target})`)).toEqual([]);
    });
  }
}
