import postgres from 'postgres';

type Sql = postgres.Sql;

const globalForSql = globalThis as unknown as { tarjumanSql?: Sql; tarjumanSqlUrl?: string };

function connect(): Sql {
  const url = process.env.DATABASE_URL;
  if (!url) {
    // fragments may be built at import time (the build imports routes); only a query needs the server
    // `socket` (a custom connector) is a documented option that the type definitions lack
    return postgres({
      max: 1,
      socket: async () => {
        throw new Error('DATABASE_URL is not set: start the app with `npm start` or set it');
      },
    } as unknown as postgres.Options<{}>);
  }
  return postgres(url, {
    max: Number(process.env.DATABASE_POOL ?? 10),
    onnotice: () => {},
    // bigint ids would come back as strings; ours stay far below 2^53, so plain numbers are safe
    types: {
      bigint: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) },
    },
  });
}

/** The one `sql` instance of the process (kept across hot reloads in development). */
// The instance follows DATABASE_URL: one made before it was set (a fragment built at import time)
// is replaced once it is, so a CLI that sets it late still reaches its server.
function current(): Sql {
  const url = process.env.DATABASE_URL ?? '';
  if (!globalForSql.tarjumanSql || globalForSql.tarjumanSqlUrl !== url) {
    if (globalForSql.tarjumanSql && globalForSql.tarjumanSqlUrl) void globalForSql.tarjumanSql.end({ timeout: 1 });
    globalForSql.tarjumanSql = connect();
    globalForSql.tarjumanSqlUrl = url;
  }
  return globalForSql.tarjumanSql;
}

export const sql: Sql = new Proxy((() => {}) as unknown as Sql, {
  get(_t, prop) {
    const instance = current();
    const value = Reflect.get(instance, prop);
    return typeof value === 'function' ? value.bind(instance) : value;
  },
  apply(_t, _this, args) {
    return Reflect.apply(current() as unknown as (...a: unknown[]) => unknown, undefined, args);
  },
});

/** Closes the pool (CLI and tests). */
export async function closeSql(): Promise<void> {
  const s = globalForSql.tarjumanSql;
  globalForSql.tarjumanSql = undefined;
  globalForSql.tarjumanSqlUrl = undefined;
  if (s) await s.end({ timeout: 5 });
}

/** A JSON(B) parameter (Tiptap documents, history snapshots); null stays SQL null. */
export function json(value: unknown) {
  return value === null || value === undefined ? null : sql.json(value as postgres.JSONValue);
}

/** The pool or a transaction: row functions take either, so a use case can group them in one transaction. */
export type Db = postgres.ISql;
export type Tx = postgres.TransactionSql;

/** Runs `fn` in one transaction (all or nothing): the only way lib/server groups writes. */
export function transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return sql.begin(fn) as Promise<T>;
}
