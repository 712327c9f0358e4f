import { sql, type Db } from './sql';

/**
 * LISTEN on a channel over the driver's one dedicated connection; `onListen` runs after every
 * (re)connect. Answers the function that stops listening.
 */
export async function listen(channel: string, onPayload: (payload: string) => void, onListen?: () => void): Promise<() => Promise<void>> {
  const { unlisten } = await sql.listen(channel, onPayload, onListen);
  return unlisten;
}

/** NOTIFY a channel (inside a transaction it is sent at commit, and never for a rollback). */
export async function notify(channel: string, payload: string, db: Db = sql): Promise<void> {
  await db`select pg_notify(${channel}, ${payload})`;
}
