import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from './sql';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const FILE_NAME = /^(\d{5})_[a-z0-9_-]+\.sql$/;

/** Applies every pending numbered migration, all in one transaction; returns the names applied. */
export async function migrate(dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = readdirSync(dir)
    .filter((f) => FILE_NAME.test(f))
    .sort();
  const versions = files.map((f) => FILE_NAME.exec(f)![1]);
  const twice = versions.find((v, i) => versions.indexOf(v) !== i);
  if (twice) throw new Error(`two migration files share the number ${twice}: renumber the newer one`);
  return sql.begin(async (tx) => {
    // one migrator at a time, even when the app and a test start together
    await tx`select pg_advisory_xact_lock(7312001)`;
    await tx`create table if not exists schema_migrations (
      version integer primary key, name text not null, applied_at timestamptz not null default now())`;
    const done = new Set((await tx<{ version: number }[]>`select version from schema_migrations`).map((r) => r.version));
    const applied: string[] = [];
    for (const file of files) {
      const version = Number(FILE_NAME.exec(file)![1]);
      if (done.has(version)) continue;
      await tx.unsafe(readFileSync(join(dir, file), 'utf8'));
      await tx`insert into schema_migrations (version, name) values (${version}, ${file})`;
      applied.push(file);
    }
    return applied;
  });
}
