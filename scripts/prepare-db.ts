// Migrates the database at DATABASE_URL and seeds it (house glossary, sample analysis). Idempotent.
import { existsSync } from 'node:fs';
import { migrate } from '../lib/db/migrate';
import { seedSampleDocument } from '../lib/db/seed';
import { closeSql } from '../lib/db/sql';

export async function prepareDatabase(opts: { seed: boolean; log?: (line: string) => void }): Promise<void> {
  const log = opts.log ?? (() => {});
  const applied = await migrate();
  if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
  if (!opts.seed) return;
  if (existsSync('lib/db/glossary-seed.ts')) {
    const { loadHouseGlossary } = await import('../lib/db/glossary-seed');
    try {
      const r = await loadHouseGlossary();
      log(`house glossary: ${r.created} concepts created, ${r.updated} updated`);
    } catch (err) {
      // a broken glossary file must not keep the documents from opening; nothing of it was loaded
      const e = err as { code?: string; params?: unknown; message?: string };
      log(`house glossary NOT loaded (nothing changed): ${e.code ?? e.message} ${JSON.stringify(e.params ?? {})}`);
    }
  }
  try {
    const r = await seedSampleDocument();
    if ('id' in r) log(`imported the sample analysis as document ${r.id} (${r.quotes} quotes, ${r.originals} with their original; ${r.targets} targets pre-filled)`);
    else if (r.skipped === 'file-missing') log(`sample NOT imported: ${r.path} does not exist (TARJUMAN_SAMPLE)`);
  } catch (err) {
    // a sample that cannot be imported must not keep the app from starting; nothing of it was written
    const e = err as { code?: string; params?: unknown; message?: string };
    log(`sample NOT imported (nothing written): ${e.code ?? e.message} ${JSON.stringify(e.params ?? {})}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase({ seed: !process.argv.includes('--no-seed'), log: (l) => console.log(l) })
    .then(() => closeSql())
    .catch(async (err) => {
      console.error(err);
      await closeSql();
      process.exit(1);
    });
}
