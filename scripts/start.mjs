// `npm start`: a real PostgreSQL (embedded unless DATABASE_URL is set), migrations and seed, a build
// when the sources changed, then the Next.js server on 127.0.0.1:${PORT:-3000}.
import { spawn } from 'node:child_process';
import { register } from 'tsx/esm/api';
import { ensureBuild } from './ensure-build.mjs';

register();
process.env.NEXT_TELEMETRY_DISABLED = '1';
const dev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';

function log(line) {
  console.log(`[tarjuman] ${line}`);
}

let stopDb = async () => {};
if (!process.env.DATABASE_URL) {
  const { startEmbeddedPostgres } = await import('../lib/db/embedded.ts');
  const pgPort = Number(process.env.TARJUMAN_PG_PORT ?? 54329);
  log(`starting the embedded PostgreSQL on 127.0.0.1:${pgPort} (data in .data/postgres)`);
  try {
    const server = await startEmbeddedPostgres({ dataDir: '.data/postgres', port: pgPort, database: 'tarjuman', app: true });
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

if (!dev && !ensureBuild(log)) {
  await stopDb();
  process.exit(1);
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
