// Migrates the database at DATABASE_URL and seeds it (house glossary, sample analysis). Idempotent.
import { migrate } from '../lib/db/migrate';
import { closeSql } from '../lib/db/sql';
import { loadHouseGlossary } from '../lib/server/glossary';
import { detectPendingQuotes } from '../lib/server/quotes';
import { seedSampleDocument } from '../lib/server/seed';
import { SYSTEM_ACTOR } from '../lib/server/actor';
import { fillBigramKeys } from '../lib/server/tm';
import { ensureFirstAdmin } from '../lib/server/users';

/** Memory units written before migration 00015 get their bigram keys (until then their pair's lookups use the word index only). */
export async function fillEarlierBigrams(log: (line: string) => void): Promise<void> {
  const bigrams = await fillBigramKeys(SYSTEM_ACTOR);
  if (!bigrams.ok) log(`memory units' bigram keys NOT filled: ${bigrams.code}`);
  else if (bigrams.value.filled > 0) log(`memory: bigram keys of ${bigrams.value.filled} earlier units filled`);
}

export async function prepareDatabase(opts: { seed: boolean; log?: (line: string) => void }): Promise<void> {
  const log = opts.log ?? (() => {});
  const applied = await migrate();
  if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
  await fillEarlierBigrams(log);
  // the first start makes an admin (TARJUMAN_ADMIN_EMAIL / TARJUMAN_ADMIN_PASSWORD, or a password shown once)
  const admin = await ensureFirstAdmin({ email: process.env.TARJUMAN_ADMIN_EMAIL, password: process.env.TARJUMAN_ADMIN_PASSWORD });
  if (admin?.password) {
    log(`first start: created the admin account. Sign in as ${admin.email} with the password ${admin.password}`);
    log('(shown only this once; change it with `npx tarjuman user password --email ' + admin.email + '`, the new one on standard input)');
  } else if (admin) log(`first start: created the admin account ${admin.email} (password from TARJUMAN_ADMIN_PASSWORD)`);
  if (!opts.seed) return;
  const r = await loadHouseGlossary();
  // a broken glossary file must not keep the documents from opening; nothing of it was loaded
  if (r.ok) log(`house glossary: ${r.value.created} concepts created, ${r.value.updated} updated`);
  else log(`house glossary NOT loaded (nothing changed): ${r.code} ${JSON.stringify(r.params)}`);
  try {
    const s = await seedSampleDocument();
    if ('id' in s) log(`imported the sample analysis as document ${s.id} (${s.quotes} quotes, ${s.originals} with their original; ${s.targets} targets pre-filled)`);
    else if (s.skipped === 'file-missing') log(`sample NOT imported: ${s.path} does not exist (TARJUMAN_SAMPLE)`);
  } catch (err) {
    // a sample that cannot be imported must not keep the app from starting; nothing of it was written
    const e = err as { code?: string; params?: unknown; message?: string };
    log(`sample NOT imported (nothing written): ${e.code ?? e.message} ${JSON.stringify(e.params ?? {})}`);
  }
  // documents stored before quotes were detected at import get their detection here, never on a page view
  const detected = await detectPendingQuotes();
  if (detected > 0) log(`detected the quotes of ${detected} earlier documents`);
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
