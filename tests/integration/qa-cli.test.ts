import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument, getDocument } from '../../lib/db/documents';
import { loadHouseGlossary } from '../../lib/server/glossary';
import { saveSegmentText } from '../../lib/db/segments';
import { closeSql } from '../../lib/db/sql';
import type { PmNode } from '../../lib/documents/types';
import { importDocument } from '../../lib/import/import-document';

const root = process.cwd();
const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/tarjuman.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env } });
const para = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

let docId = 0;
let segmentId = 0;

beforeAll(async () => {
  await loadHouseGlossary();
  const draft = await importDocument({ bytes: new Uint8Array(readFileSync(join(root, 'samples', 'sample-analysis.md'))), fileName: 'sample-analysis.md' });
  docId = await createDocument(draft, 'local');
  const seg = (await getDocument(docId))!.segments.find((s) => s.text.includes('privately criticizing Qods Force commander'))!;
  segmentId = seg.id;
  const text = 'تصف مصادر عراقية خلافاً أهدأ: فبعض قادة كتائب حزب الله ينتقدون سراً قائد قوة القدس إسماعيل قاآني.';
  await saveSegmentText({ segmentId, lang: 'ar', baseVersion: 0, content: para(text), text, author: 'local' });
});

afterAll(() => closeSql());

describe('tarjuman qa --document (a stored document, real PostgreSQL)', () => {
  it('prints the findings as JSON and exits 1 while errors are open', () => {
    const r = cli('qa', '--document', String(docId), '--lang', 'ar', '--json');
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout) as { unitId: string; checkId: string; severity: string }[];
    const forbidden = findings.filter((f) => f.checkId === 'term-forbidden');
    expect(forbidden).toHaveLength(1);
    expect(forbidden[0]).toMatchObject({ unitId: String(segmentId), severity: 'error' });
    // untranslated segments are errors too: a publisher is told before the edition goes out
    expect(findings.some((f) => f.checkId === 'untranslated')).toBe(true);
  });

  it('refuses an unknown document with exit 2 and a message', () => {
    const r = cli('qa', '--document', '987654', '--lang', 'ar', '--json');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/987654/);
    expect(r.stdout).toBe('');
  });
});
