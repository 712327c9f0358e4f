// `npm test`: unit tests, integration tests on a real PostgreSQL, then browser tests in Chromium.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']],
  ['unit', ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit']],
  ['integration', ['node_modules/vitest/vitest.mjs', 'run', '--project', 'integration']],
  ['e2e', ['scripts/e2e.mjs']],
];
const only = process.argv[2];
let failed = 0;
for (const [name, args] of steps) {
  if (only && only !== name) continue;
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) {
    failed++;
    console.error(`=== ${name} failed (exit ${r.status ?? r.signal}) ===`);
  }
}
process.exit(failed === 0 ? 0 : 1);
