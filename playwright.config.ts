import { defineConfig } from '@playwright/test';

// Started by scripts/e2e.mjs, which brings up a throwaway PostgreSQL and the built app first.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // signs in once as the admin and keeps the cookie; every test starts signed in (support.ts has
  // signedInContext for other roles and signedOut for none)
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    storageState: 'test-results/e2e-auth/admin.json',
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
