import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../lib/db/embedded';
import { migrate } from '../../lib/db/migrate';
import { closeSql } from '../../lib/db/sql';
import { freePort } from '../support/free-port';

/**
 * Integration tests run against a real PostgreSQL: a throwaway cluster of the embedded server,
 * or a fresh database on the server at TEST_DATABASE_URL's host when that is set.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE_URL) {
    process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
    await migrate();
    await closeSql();
    return async () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'tarjuman-test-pg-'));
  // as root the server runs as the postgres user, which must be able to enter the folder
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'tarjuman_test', persistent: false });
  process.env.DATABASE_URL = server.url;
  await migrate();
  await closeSql();
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
