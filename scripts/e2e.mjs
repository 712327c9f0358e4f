// Browser tests: Chromium (installed when missing), a throwaway embedded PostgreSQL seeded like a new
// install, the built app on a free port, then Playwright. Extra arguments go to `playwright test`.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { ensureBuild } from './ensure-build.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

register();
process.env.NEXT_TELEMETRY_DISABLED = '1';
const log = (l) => console.log(`[e2e] ${l}`);

ensureChromium(log);
const { freePort } = await import('../tests/support/free-port.ts');
const { startEmbeddedPostgres } = await import('../lib/db/embedded.ts');
const dir = mkdtempSync(join(tmpdir(), 'tarjuman-e2e-pg-'));
chmodSync(dir, 0o755);
const db = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'tarjuman_e2e', persistent: false });
process.env.DATABASE_URL = db.url;
// the first admin, and one account per role, known to the tests (tests/e2e/users.ts)
const { E2E_USERS } = await import('../tests/e2e/users.ts');
process.env.TARJUMAN_ADMIN_EMAIL = E2E_USERS.admin.email;
process.env.TARJUMAN_ADMIN_PASSWORD = E2E_USERS.admin.password;
const { prepareDatabase } = await import('./prepare-db.ts');
const { closeSql } = await import('../lib/db/sql.ts');
await prepareDatabase({ seed: true, log });
const { addUser } = await import('../lib/server/users.ts');
const { SYSTEM_ACTOR } = await import('../lib/server/actor.ts');
for (const role of ['editor', 'translator', 'viewer']) {
  const u = E2E_USERS[role];
  const r = await addUser(SYSTEM_ACTOR, { email: u.email, name: u.name, role, password: u.password });
  if (!r.ok) throw new Error(`could not add the ${role} of the browser tests: ${r.code}`);
}
await closeSql();

let server;
async function cleanup(code) {
  server?.kill('SIGTERM');
  await db.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
  process.exit(code);
}

if (!ensureBuild(log)) await cleanup(1);
const port = await freePort();
server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: process.env,
});
const base = `http://127.0.0.1:${port}`;
const deadline = Date.now() + 60_000;
for (;;) {
  try {
    if ((await fetch(`${base}/en`)).ok) break;
  } catch {}
  if (Date.now() > deadline) {
    log('the app did not answer within 60 s');
    await cleanup(1);
  }
  await new Promise((r) => setTimeout(r, 300));
}
log(`app ready on ${base}`);
const pw = spawn(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: base },
});
pw.on('exit', (code) => cleanup(code ?? 1));
