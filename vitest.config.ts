import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'bin/**/*.test.ts', 'components/**/*.test.ts', 'messages/**/*.test.ts', 'samples/**/*.test.ts', 'conformance/**/*.test.ts', 'tests/*.test.ts', 'tests/layering/**/*.test.ts'],
          environment: 'node',
          // the CLI tests start real processes (tsx): 1-2 s each on a quiet machine, 5-10 s on a busy shared one
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          // the proxy's tests load next-intl's middleware, whose ESM imports `next/server` without an extension
          server: { deps: { inline: [/next-intl/u, /use-intl/u] } },
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
