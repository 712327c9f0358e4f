import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../lib/db/errors';
import {
  conceptHistory, deleteConcept, getConcept, importGlossary, listConceptsForExport, loadAllConcepts,
  matchGlossary, restoreConcept, saveConcept, searchConcepts,
} from '../../lib/db/glossary';
import { loadHouseGlossary } from '../../lib/db/glossary-seed';
import { closeSql, sql } from '../../lib/db/sql';
import { parseGlossaryFile } from '../../lib/formats/glossary-file';
import { parseTbx, writeTbx } from '../../lib/formats/tbx';
import { writeGlossaryCsv } from '../../lib/formats/glossary-csv';
import type { Concept } from '../../lib/terms/types';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures');
const read = (path: string) => parseGlossaryFile(new Uint8Array(readFileSync(path)), path);
const count = async () => (await sql<{ n: number }[]>`select count(*)::int as n from glossary_concepts`)[0]!.n;
const termCount = async () => (await sql<{ n: number }[]>`select count(*)::int as n from glossary_terms`)[0]!.n;
const byId = (list: Concept[], ids: Set<string>) => list.filter((c) => ids.has(c.id));

afterAll(() => closeSql());

describe('glossary import and export', () => {
  it('loads the house glossary idempotently: a second load creates and updates nothing', async () => {
    const before = await count();
    const file = read('glossary/house.tbx');
    // another test file may have loaded it already (files share the database): then nothing is new
    const first = await loadHouseGlossary();
    const ids = file.map((c) => c.id);
    const [present] = await sql<{ n: number }[]>`select count(*)::int as n from glossary_concepts where id = any(${ids}) and deleted_at is null`;
    expect(present!.n).toBe(file.length);
    expect(await count()).toBe(before + first.created);
    const terms = await termCount();
    expect(await loadHouseGlossary()).toEqual({ created: 0, updated: 0 });
    expect(await count()).toBe(before + first.created);
    expect(await termCount()).toBe(terms);
    const kh = await getConcept('c-kataib-hezbollah');
    expect(kh?.terms.find((t) => t.text === 'Kataib Hizbollah')?.status).toBe('forbidden');
  });

  it('keeps an editor’s change of a house concept across reloads of an unchanged file', async () => {
    await loadHouseGlossary();
    const qf = (await getConcept('c-qods-force'))!;
    const edited = { ...qf, notes: { ...qf.notes, en: 'Checked by the desk.' } };
    const saved = await saveConcept(edited, 'local', qf.version);
    expect(saved.ok).toBe(true);
    await loadHouseGlossary();
    expect((await getConcept('c-qods-force'))?.notes?.en).toBe('Checked by the desk.');
  });

  it('imports term lists in the TICO-19 layouts into one concept per id, and re-importing duplicates nothing', async () => {
    const dir = join(FIXTURES, 'glossary');
    const files = readdirSync(dir).filter((f) => f.startsWith('tico-') && f.endsWith('.csv')).sort();
    for (const f of files) await importGlossary(read(join(dir, f)));
    const n = await count();
    const terms = await termCount();
    for (const f of files) expect(await importGlossary(read(join(dir, f)))).toEqual({ created: 0, updated: 0 });
    expect(await count()).toBe(n);
    expect(await termCount()).toBe(terms);
    // EN-AR and EN-FA rows with one id meet in one concept with three languages
    const ceasefire = await getConcept('tico19-f-1');
    expect(ceasefire?.terms.map((t) => [t.lang, t.text])).toEqual([
      ['en', 'ceasefire'],
      ['ar', 'وقف إطلاق النار'],
      ['fa', 'آتش\u200cبس'],
    ]);
  });

  it('imports the TBX fixtures (v2 in UTF-8, UTF-16 and windows-1254; v3)', async () => {
    const dir = join(FIXTURES, 'tbx');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.tbx'))) {
      const concepts = read(join(dir, f)).filter((c) => c.terms.length > 0);
      const r = await importGlossary(concepts);
      expect(r.created + r.updated).toBeLessThanOrEqual(concepts.length);
      for (const c of concepts.slice(0, 3)) expect((await getConcept(c.id))?.terms.length).toBe(c.terms.length);
    }
  });

  it('round-trips through TBX: import, export, import gives identical concepts, forbidden included', async () => {
    await loadHouseGlossary();
    const house = new Set(read('glossary/house.tbx').map((c) => c.id));
    const exported = byId(await listConceptsForExport(), house);
    const reread = parseTbx(new TextEncoder().encode(writeTbx(exported)));
    expect(reread).toEqual(exported);
    expect(reread.flatMap((c) => c.terms).some((t) => t.status === 'forbidden')).toBe(true);
    expect(await importGlossary(reread)).toEqual({ created: 0, updated: 0 });
    expect(byId(await listConceptsForExport(), house)).toEqual(exported);
    // the CSV writer's output reads back to the same concepts too
    const csv = parseGlossaryFile(new TextEncoder().encode(writeGlossaryCsv(exported)), 'x.csv');
    expect(csv.map((c) => c.terms)).toEqual(exported.map((c) => c.terms));
  });

  it('imports nothing from a malformed file, and the error names line and column', async () => {
    const n = await count();
    const bad = '<?xml version="1.0"?>\n<tbx><text><body>\n<conceptEntry id="x-bad"><langSec xml:lang="ar"><termSec><term>مقاومة</term>\n</langSec></body></text></tbx>';
    let err: unknown;
    try {
      await importGlossary(parseGlossaryFile(new TextEncoder().encode(bad), 'bad.tbx'));
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ code: 'xml-malformed', line: expect.any(Number), column: expect.any(Number) });
    expect(await count()).toBe(n);
  });

  it('rolls back a whole import when one concept is invalid', async () => {
    const n = await count();
    const good: Concept = { id: 'x-good', terms: [{ lang: 'ar', text: 'مقاومة', status: 'preferred' }] };
    const bad: Concept = { id: 'x-bad', terms: [{ lang: 'fa', text: '   ', status: 'preferred' }] };
    await expect(importGlossary([good, bad])).rejects.toMatchObject({ code: 'glossary-invalid', params: { id: 'x-bad', field: 'text' } });
    expect(await count()).toBe(n);
    expect(await getConcept('x-good')).toBeNull();
  });
});

describe('concept edits, history and restore', () => {
  const concept: Concept = {
    id: 'x-nujaba',
    subjectField: 'security',
    terms: [
      { lang: 'en', text: 'Harakat al-Nujaba', status: 'preferred' },
      { lang: 'ar', text: 'حركة النجباء', status: 'preferred' },
      { lang: 'fa', text: 'جنبش نجباء', status: 'preferred', usageNote: 'نه «حرکت‌النجباء»' },
    ],
  };

  it('creates, refuses a stale save, deletes and restores, with every change in the history', async () => {
    const created = await saveConcept(concept, 'local');
    expect(created.ok && created.concept.version).toBe(1);
    await expect(saveConcept(concept, 'local')).rejects.toMatchObject({ code: 'glossary-concept-exists' });
    const v2 = await saveConcept({ ...concept, terms: [...concept.terms, { lang: 'en', text: 'HaN', status: 'admitted', type: 'acronym' }] }, 'local', 1);
    expect(v2.ok && v2.concept.version).toBe(2);
    const stale = await saveConcept({ ...concept, subjectField: 'politics' }, 'local', 1);
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.current.terms.map((t) => t.text)).toContain('HaN');
    expect((await getConcept('x-nujaba'))?.subjectField).toBe('security');
    expect((await getConcept('x-nujaba'))?.terms.find((t) => t.lang === 'fa')?.usageNote).toBe('نه «حرکت‌النجباء»');

    await deleteConcept('x-nujaba', 'local');
    expect((await getConcept('x-nujaba'))?.deletedAt).not.toBeNull();
    expect((await loadAllConcepts()).some((c) => c.id === 'x-nujaba')).toBe(false);
    expect((await searchConcepts('النجباء', {})).some((h) => h.id === 'x-nujaba')).toBe(false);
    expect((await matchGlossary('بيان حركة النجباء اليوم', 'ar')).some((m) => m.conceptId === 'x-nujaba')).toBe(false);
    await expect(saveConcept(concept, 'local', 3)).rejects.toMatchObject({ code: 'glossary-concept-deleted' });

    const restored = await restoreConcept('x-nujaba', 'local');
    expect(restored.deletedAt).toBeNull();
    expect(restored.terms.map((t) => t.text)).toContain('HaN');
    expect((await matchGlossary('بيان حركة النجباء اليوم', 'ar')).map((m) => [m.conceptId, m.text])).toContainEqual(['x-nujaba', 'حركة النجباء']);
    await expect(restoreConcept('x-nujaba', 'local')).rejects.toMatchObject({ code: 'glossary-concept-not-deleted' });

    const history = await conceptHistory('x-nujaba');
    expect(history.map((h) => [h.action, h.version, h.author])).toEqual([
      ['restore', 4, 'local'],
      ['delete', 3, 'local'],
      ['conflict', 2, 'local'],
      ['update', 2, 'local'],
      ['create', 1, 'local'],
    ]);
    expect(history[3]!.before?.terms).toHaveLength(3);
    expect(history[3]!.after?.terms).toHaveLength(4);
    expect(history[2]!.after?.subjectField).toBe('politics');
  });

  it('refuses unknown users and invalid concepts with codes, writing nothing', async () => {
    await expect(saveConcept({ ...concept, id: 'x-nobody' }, 'nobody')).rejects.toMatchObject({ code: 'glossary-user-unknown' });
    expect(await getConcept('x-nobody')).toBeNull();
    const dup = { id: 'x-dup', terms: [{ lang: 'fa', text: 'سپاه قدس', status: 'preferred' }, { lang: 'fa', text: 'سپاه قدس', status: 'admitted' }] } as Concept;
    await expect(saveConcept(dup, 'local')).rejects.toBeInstanceOf(AppError);
    await expect(saveConcept(dup, 'local')).rejects.toMatchObject({ params: { field: 'duplicate-term', term: 1 } });
  });

  it('rebuilds the cached matcher index after a change', async () => {
    const text = 'The Sabereen News channel';
    await saveConcept({ id: 'x-sabereen-test', terms: [{ lang: 'en', text: 'Sabereen News channel', status: 'preferred' }] }, 'local');
    expect((await matchGlossary(text, 'en')).map((m) => m.conceptId)).toContain('x-sabereen-test');
    await deleteConcept('x-sabereen-test', 'local');
    expect((await matchGlossary(text, 'en')).map((m) => m.conceptId)).not.toContain('x-sabereen-test');
  });
});
