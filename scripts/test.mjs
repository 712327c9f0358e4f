// `npm test`: typecheck, unit tests, integration tests on a real PostgreSQL, then browser tests in
// Chromium. Ends with one line "tests: N passed, N failed" counted from the runners' own summaries.
import { spawn } from 'node:child_process';

const steps = [
  ['typecheck', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']],
  ['unit', ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit']],
  ['integration', ['node_modules/vitest/vitest.mjs', 'run', '--project', 'integration']],
  ['e2e', ['scripts/e2e.mjs']],
];
const only = process.argv[2];
const ANSI = /\u001b\[[0-9;]*m/g;

// vitest: "Tests  3 failed | 896 passed (899)"; playwright: "  46 passed (1.3m)", "  2 failed"
function count(output) {
  const text = output.replace(ANSI, '');
  const vitest = text.match(/^\s*Tests\s+(.*)$/m);
  const line = vitest ? vitest[1] : text;
  const n = (word) => {
    const m = vitest ? line.match(new RegExp(`(\\d+) ${word}`)) : [...line.matchAll(new RegExp(`^\\s+(\\d+) ${word}`, 'gm'))].pop();
    return m ? Number(m[1]) : 0;
  };
  return { passed: n('passed'), failed: n('failed') };
}

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

let passed = 0;
let failed = 0;
let stepsFailed = 0;
for (const [name, args] of steps) {
  if (only && only !== name) continue;
  console.log(`\n=== ${name} ===`);
  const { code, out } = await run(args);
  const c = count(out);
  passed += name === 'typecheck' ? 0 : c.passed;
  failed += name === 'typecheck' ? 0 : c.failed;
  if (code !== 0) {
    stepsFailed++;
    if (c.failed === 0) failed++; // a step that failed without failing tests (typecheck, setup) counts once
    console.error(`=== ${name} failed (exit ${code}) ===`);
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(stepsFailed === 0 ? 0 : 1);
