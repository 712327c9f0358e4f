import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { countDocuments, getDocument } from '../../lib/db/documents';
import { migrate } from '../../lib/db/migrate';
import { closeSql, sql } from '../../lib/db/sql';
import { runDocumentQa } from '../../lib/server/document-qa';
import { loadHouseGlossary } from '../../lib/server/glossary';
import { listQuotes } from '../../lib/server/quote-data';
import { detectQuotes } from '../../lib/server/quotes';
import { seedSampleDocument } from '../../lib/server/seed';
import { EDITOR, unwrap } from './support';

// The first start of an empty database: a database of its own on the test server, so the other test
// files' documents do not count.
const shared = process.env.DATABASE_URL!;
const name = `tarjuman_seed_${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), 'tarjuman-seed-'));

async function emptyDatabase(): Promise<void> {
  process.env.DATABASE_URL = shared;
  await sql.unsafe(`drop database if exists ${name} with (force)`);
  await sql.unsafe(`create database ${name}`);
  process.env.DATABASE_URL = shared.replace(/\/[^/?]+(\?|$)/u, `/${name}$1`);
  await migrate();
}

beforeAll(async () => {
  await emptyDatabase();
  await loadHouseGlossary();
});
afterEach(() => {
  delete process.env.TARJUMAN_SAMPLE;
});
afterAll(async () => {
  process.env.DATABASE_URL = shared;
  await sql.unsafe(`drop database if exists ${name} with (force)`);
  await closeSql();
});

describe('the sample analysis on the first start', () => {
  it('imports our sample with its quotes, their Arabic and Farsi originals and the pre-filled targets, once', async () => {
    const r = await seedSampleDocument();
    expect(r).toEqual({ id: expect.any(Number), quotes: 6, originals: 6, targets: 3 });
    if (!('id' in r)) return;
    const doc = (await getDocument(r.id))!;
    expect(doc.title).toBe("Militia Channels Split Over Tehran's Call for Restraint");
    expect(doc.authors).toEqual(['Leila Haddad', 'Daniel Okafor', 'Shirin Rahmani']);
    expect(doc.segments.slice(0, 3).map((s) => s.kind)).toEqual(['heading', 'byline', 'date']);

    // the Quotes workspace finds them stored: detection does not run again
    expect(await unwrap(detectQuotes(EDITOR, r.id))).toEqual({ detected: null });
    const quotes = await listQuotes(r.id);
    expect(quotes.map((q) => q.originalLang)).toEqual(['ar', 'fa', 'ar', 'ar', 'fa', 'ar']);
    expect(quotes.every((q) => q.anchor !== null && q.originalText.length > 0 && q.verifiedBy === null)).toBe(true);
    const farahani = quotes[1]!;
    expect(farahani).toMatchObject({ saidBy: 'Mehdi Farahani', platform: 'X', postedOn: '2024-03-05', figure: '2' });
    expect(farahani.originalText).toContain('می\u200cخواهد'); // ZWNJ kept
    // a quote that renders part of a post keeps the post and where the original sits in it
    const zone = quotes[5]!;
    expect(zone.words).toBe('The International Zone is closer than they think, and our patience has limits');
    expect(zone.originalPost.slice(...zone.stretch!)).toBe(zone.originalText);

    // pre-filled targets: the titles, and a first draft with the forbidden ممانعة that QA must catch
    expect(doc.segments[0]!.translations.fa?.text).toContain('کانال\u200cهای');
    const qa = await unwrap(runDocumentQa(EDITOR, r.id, 'ar'));
    const forbidden = qa.findings.filter((f) => f.checkId === 'term-forbidden');
    expect(forbidden).toHaveLength(1);
    expect(forbidden[0]!.params).toMatchObject({ conceptId: 'c-muqawama', term: 'ممانعة', status: 'forbidden', expected: 'مقاومة' });

    expect(await seedSampleDocument()).toEqual({ skipped: 'not-empty' });
    expect(await countDocuments()).toBe(1);
  });

  it('imports TARJUMAN_SAMPLE instead, and says when that file is missing', async () => {
    await emptyDatabase();
    process.env.TARJUMAN_SAMPLE = join(dir, 'missing.txt');
    expect(await seedSampleDocument()).toEqual({ skipped: 'file-missing', path: process.env.TARJUMAN_SAMPLE });
    const other = join(dir, 'other.txt');
    writeFileSync(other, 'Rockets Near the Airport\n\nBy Sara Nouri\n\nMay 2, 2023\n\nTwo rockets landed near the airport, he said: “nobody has claimed the attack so far” (Figure 1).\n');
    process.env.TARJUMAN_SAMPLE = other;
    const r = await seedSampleDocument();
    expect(r).toMatchObject({ quotes: 1, originals: 0, targets: 0 });
    if ('id' in r) expect((await getDocument(r.id))!.title).toBe('Rockets Near the Airport');
  });

  it('writes nothing when the sidecar does not fit its sample', async () => {
    await emptyDatabase();
    const md = join(dir, 'broken.md');
    writeFileSync(md, '# A Short Brief\n\nHe wrote in Farsi: “we will stay here and fight on” (Figure 1).\n');
    writeFileSync(join(dir, 'broken.seed.json'), JSON.stringify({ quotes: [{ en: 'words that are not in the brief', lang: 'fa', original: 'ما می‌مانیم' }] }));
    process.env.TARJUMAN_SAMPLE = md;
    await expect(seedSampleDocument()).rejects.toMatchObject({ code: 'sample-seed-invalid', params: { reason: 'quote-not-detected', quote: 1 } });
    expect(await countDocuments()).toBe(0);
    // a target whose segment cannot be told apart is refused before anything is written
    writeFileSync(join(dir, 'broken.seed.json'), JSON.stringify({ targets: [{ source: 'Nowhere', lang: 'ar', text: 'لا مكان' }] }));
    await expect(seedSampleDocument()).rejects.toMatchObject({ params: { reason: 'target-source-missing' } });
    expect(await countDocuments()).toBe(0);
  });
});
