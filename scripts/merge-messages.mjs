// Merges namespaces from FILE.{en,ar,fa}.json-style inputs into messages/ without touching other namespaces.
// usage: node scripts/merge-messages.mjs DIR   (DIR holds en.json, ar.json, fa.json)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/merge-messages.mjs DIR');
  process.exit(2);
}
for (const lang of ['en', 'ar', 'fa']) {
  const target = join('messages', `${lang}.json`);
  const current = JSON.parse(readFileSync(target, 'utf8'));
  const incoming = JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8'));
  writeFileSync(target, `${JSON.stringify({ ...current, ...incoming }, null, 2)}\n`);
}
