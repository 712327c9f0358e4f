import { AppError } from './errors';
import { migrate } from './migrate';
import { closeSql } from './sql';

/** Where `npm start` runs its embedded PostgreSQL (scripts/start.mjs, TARJUMAN_PG_PORT unset). */
export const EMBEDDED_DATABASE_URL = 'postgres://postgres:postgres@127.0.0.1:54329/tarjuman';

/**
 * Runs a command line's database work (server/CLI only): DATABASE_URL, or else the embedded server
 * of a running `npm start`, or else that embedded server started for the command; pending migrations applied; the pool closed afterwards so the process
 * exits. An unreachable server becomes `database-unreachable`; our AppErrors keep code and params
 * in the message (the CLI prints messages).
 */
export async function withCliDatabase<T>(fn: () => Promise<T>): Promise<T> {
  const own = !process.env.DATABASE_URL;
  process.env.DATABASE_URL ||= EMBEDDED_DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | null = null;
  try {
    try {
      await migrate();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (own && code === 'ECONNREFUSED') {
        // nothing running: start the same embedded server `npm start` uses, on its data, for this command
        await closeSql();
        const { startEmbeddedPostgres } = await import('./embedded');
        const server = await startEmbeddedPostgres({ dataDir: '.data/postgres', port: 54329, database: 'tarjuman', app: true });
        stopEmbedded = server.stop;
        await migrate();
      } else if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '3D000' || code === '28P01') {
        const where = process.env.DATABASE_URL.replace(/\/\/[^@/]*@/, '//');
        throw new Error(`database-unreachable ${JSON.stringify({ url: where, cause: code })}: set DATABASE_URL or run \`npm start\``);
      } else throw err;
    }
    return await fn();
  } catch (err) {
    if (err instanceof AppError) throw new Error(`${err.code} ${JSON.stringify(err.params)}`);
    throw err;
  } finally {
    await closeSql();
    if (stopEmbedded) await stopEmbedded();
  }
}
