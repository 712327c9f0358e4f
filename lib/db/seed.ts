import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument } from '../import/import-document';
import { countDocuments, createDocument } from './documents';

/** Where the sample analysis lives: beside the repo in shared/, or wherever SAMPLE_DOCUMENT points. */
export function sampleDocumentPath(root = process.cwd()): string | null {
  const candidates = [process.env.TARJUMAN_SAMPLE, join(root, '..', 'shared', 'seed', '000_b66883f74f5b7474.txt'), join(root, 'glossary', 'sample-analysis.txt')];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

/** On an empty database, imports the sample analysis so a new user sees real content at once. */
export async function seedSampleDocument(root = process.cwd()): Promise<number | null> {
  if ((await countDocuments()) > 0) return null;
  const path = sampleDocumentPath(root);
  if (!path) return null;
  const draft = await importDocument({ bytes: new Uint8Array(readFileSync(path)), fileName: path });
  return createDocument(draft);
}
