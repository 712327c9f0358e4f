import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { countDocuments } from '../db/documents';
import { importDocument } from './documents';
import { SYSTEM_ACTOR } from './actor';

/** Where the sample analysis lives: beside the repo in shared/, or wherever SAMPLE_DOCUMENT points. */
export function sampleDocumentPath(root = process.cwd()): string | null {
  const candidates = [process.env.TARJUMAN_SAMPLE, join(root, '..', 'shared', 'seed', '000_b66883f74f5b7474.txt'), join(root, 'glossary', 'sample-analysis.txt')];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

/** On an empty database, imports the sample analysis (as the system, quotes detected) so a new user sees real content at once. */
export async function seedSampleDocument(root = process.cwd()): Promise<number | null> {
  if ((await countDocuments()) > 0) return null;
  const path = sampleDocumentPath(root);
  if (!path) return null;
  const r = await importDocument(SYSTEM_ACTOR, { bytes: new Uint8Array(readFileSync(path)), fileName: path });
  if (!r.ok) throw new Error(`${r.code} ${JSON.stringify(r.params)}`);
  return r.value.id;
}
