import postgres from 'postgres';

type Sql = postgres.Sql;

const globalForSql = globalThis as unknown as { tarjumanSql?: Sql };

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
export const sql: Sql = new Proxy((() => {}) as unknown as Sql, {
  get(_t, prop) {
    globalForSql.tarjumanSql ??= connect();
    const value = Reflect.get(globalForSql.tarjumanSql, prop);
    return typeof value === 'function' ? value.bind(globalForSql.tarjumanSql) : value;
  },
  apply(_t, _this, args) {
    globalForSql.tarjumanSql ??= connect();
    return Reflect.apply(globalForSql.tarjumanSql as unknown as (...a: unknown[]) => unknown, undefined, args);
  },
});

/** Closes the pool (CLI and tests). */
export async function closeSql(): Promise<void> {
  const s = globalForSql.tarjumanSql;
  globalForSql.tarjumanSql = undefined;
  if (s) await s.end({ timeout: 5 });
}

/** A JSON(B) parameter (Tiptap documents, history snapshots); null stays SQL null. */
export function json(value: unknown) {
  return value === null || value === undefined ? null : sql.json(value as postgres.JSONValue);
}
