// `npm start`: a real PostgreSQL (embedded unless DATABASE_URL is set), migrations and seed, a build
// when the sources changed, then the Next.js server on 127.0.0.1:${PORT:-3000}.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';

register();
process.env.NEXT_TELEMETRY_DISABLED = '1';
const dev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';

function log(line) {
  console.log(`[tarjuman] ${line}`);
}

// A fingerprint of everything that goes into the build, so a changed checkout is rebuilt.
function sourceStamp() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else hash.update(`${p}:${s.size}:${s.mtimeMs}\n`);
    }
  };
  for (const d of ['app', 'components', 'lib', 'messages', 'glossary']) walk(d);
  for (const f of ['next.config.ts', 'proxy.ts', 'package-lock.json', 'postcss.config.mjs']) if (existsSync(f)) hash.update(`${f}:${statSync(f).mtimeMs}`);
  return hash.digest('hex');
}

let stopDb = async () => {};
if (!process.env.DATABASE_URL) {
  const { startEmbeddedPostgres } = await import('../lib/db/embedded.ts');
  const pgPort = Number(process.env.TARJUMAN_PG_PORT ?? 54329);
  log(`starting the embedded PostgreSQL on 127.0.0.1:${pgPort} (data in .data/postgres)`);
  try {
    const server = await startEmbeddedPostgres({ dataDir: '.data/postgres', port: pgPort, database: 'tarjuman' });
    process.env.DATABASE_URL = server.url;
    stopDb = server.stop;
  } catch (err) {
    console.error(`[tarjuman] could not start the embedded PostgreSQL: ${err?.message ?? err}`);
    console.error('[tarjuman] is another Tarjuman running? Stop it, or set TARJUMAN_PG_PORT, or set DATABASE_URL.');
    process.exit(1);
  }
} else {
  log('using the PostgreSQL server at DATABASE_URL');
}

const { prepareDatabase } = await import('./prepare-db.ts');
const { closeSql } = await import('../lib/db/sql.ts');
await prepareDatabase({ seed: true, log });
await closeSql();

if (!dev) {
  const stamp = sourceStamp();
  const stampFile = join('.next', 'tarjuman-stamp');
  const built = existsSync(join('.next', 'BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
  if (!built) {
    log('building the app (first start or changed sources)…');
    const r = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env: process.env });
    if (r.status !== 0) {
      await stopDb();
      process.exit(r.status ?? 1);
    }
    writeFileSync(stampFile, stamp);
  }
}

const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', dev ? 'dev' : 'start', '-H', host, '-p', port], {
  stdio: 'inherit',
  env: process.env,
});
log(`serving on http://${host}:${port}`);

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  child.kill('SIGTERM');
  await stopDb().catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
child.on('exit', (code) => shutdown(code ?? 0));
