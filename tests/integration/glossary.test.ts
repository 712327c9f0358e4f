import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { conceptHistory, getConcept, listLiveConcepts as listConceptsForExport, searchConcepts } from '../../lib/db/glossary';
import { closeSql, sql } from '../../lib/db/sql';
import { createConcept, deleteConcept, importConcepts, importGlossary as importGlossaryFile, loadHouseGlossary as loadHouse, matchGlossary as match, restoreConcept, updateConcept } from '../../lib/server/glossary';
import { actorWith, EDITOR, unwrap } from './support';
import { parseGlossaryFile } from '../../lib/formats/glossary-file';
import { parseTbx, writeTbx } from '../../lib/formats/tbx';
import { writeGlossaryCsv } from '../../lib/formats/glossary-csv';
import type { Concept } from '../../lib/terms/types';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures');
const read = (path: string) => parseGlossaryFile(new Uint8Array(readFileSync(path)), path);
const count = async () => (await sql<{ n: number }[]>`select count(*)::int as n from glossary_concepts`)[0]!.n;
const termCount = async () => (await sql<{ n: number }[]>`select count(*)::int as n from glossary_terms`)[0]!.n;
const byId = (list: Concept[], ids: Set<string>) => list.filter((c) => ids.has(c.id));
const importGlossary = async (concepts: Concept[]) => {
  const { created, updated } = await unwrap(importConcepts(EDITOR, concepts));
  return { created, updated };
};
const loadHouseGlossary = async () => {
  const { created, updated } = await unwrap(loadHouse());
  return { created, updated };
};
const matchGlossary = (text: string, lang: 'en' | 'ar' | 'fa') => unwrap(match(EDITOR, text, lang));

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
    const saved = await updateConcept(EDITOR, qf.id, edited, qf.version);
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
    // the upload's use case answers the same, with the line and column as params
    const upload = await importGlossaryFile(EDITOR, { bytes: new TextEncoder().encode(bad), fileName: 'bad.tbx' });
    expect(upload).toMatchObject({ ok: false, code: 'xml-malformed', params: { line: expect.any(Number), column: expect.any(Number) } });
    expect(await count()).toBe(n);
  });

  it('rolls back a whole import when one concept is invalid', async () => {
    const n = await count();
    const good: Concept = { id: 'x-good', terms: [{ lang: 'ar', text: 'مقاومة', status: 'preferred' }] };
    const bad: Concept = { id: 'x-bad', terms: [{ lang: 'fa', text: '   ', status: 'preferred' }] };
    await expect(importGlossary([good, bad])).rejects.toMatchObject({ code: 'glossary-invalid', params: { id: 'x-bad', field: 'text' } });
    // the limits of the concept form hold for imports too, and the error names the concept, field and limit
    const long: Concept = { id: 'x-long', definitions: { fa: 'ت'.repeat(5001) }, terms: [{ lang: 'fa', text: 'سپاه', status: 'preferred' }] };
    await expect(importGlossary([good, long])).rejects.toMatchObject({ code: 'glossary-invalid', params: { id: 'x-long', field: 'definition', lang: 'fa', issue: 'too_long', max: 5000 } });
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
    const created = await createConcept(EDITOR, concept);
    expect(created.ok && created.value.version).toBe(1);
    expect(await createConcept(EDITOR, concept)).toMatchObject({ ok: false, code: 'glossary-concept-exists' });
    const v2 = await updateConcept(EDITOR, concept.id, { ...concept, terms: [...concept.terms, { lang: 'en', text: 'HaN', status: 'admitted', type: 'acronym' }] }, 1);
    expect(v2.ok && v2.value.version).toBe(2);
    const stale = await updateConcept(EDITOR, concept.id, { ...concept, subjectField: 'politics' }, 1);
    expect(stale).toMatchObject({ ok: false, code: 'glossary-version-conflict', params: { id: 'x-nujaba', version: 2 } });
    if (!stale.ok) expect(stale.current?.terms.map((t) => t.text)).toContain('HaN');
    expect((await getConcept('x-nujaba'))?.subjectField).toBe('security');
    expect((await getConcept('x-nujaba'))?.terms.find((t) => t.lang === 'fa')?.usageNote).toBe('نه «حرکت‌النجباء»');

    await unwrap(deleteConcept(EDITOR, 'x-nujaba'));
    expect((await getConcept('x-nujaba'))?.deletedAt).not.toBeNull();
    expect((await listConceptsForExport()).some((c) => c.id === 'x-nujaba')).toBe(false);
    expect((await searchConcepts('النجباء', {})).some((h) => h.id === 'x-nujaba')).toBe(false);
    expect((await matchGlossary('بيان حركة النجباء اليوم', 'ar')).some((m) => m.conceptId === 'x-nujaba')).toBe(false);
    expect(await updateConcept(EDITOR, concept.id, concept, 3)).toMatchObject({ ok: false, code: 'glossary-concept-deleted' });

    const restored = await unwrap(restoreConcept(EDITOR, 'x-nujaba'));
    expect(restored.deletedAt).toBeNull();
    expect(restored.terms.map((t) => t.text)).toContain('HaN');
    expect((await matchGlossary('بيان حركة النجباء اليوم', 'ar')).map((m) => [m.conceptId, m.text])).toContainEqual(['x-nujaba', 'حركة النجباء']);
    expect(await restoreConcept(EDITOR, 'x-nujaba')).toMatchObject({ ok: false, code: 'glossary-concept-not-deleted' });

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

  it('refuses roles the policy does not allow and invalid concepts with codes, writing nothing', async () => {
    for (const role of ['translator', 'viewer'] as const) {
      expect(await createConcept(await actorWith(role), { ...concept, id: 'x-nobody' })).toMatchObject({ ok: false, code: 'forbidden', params: { action: 'glossary.edit', role } });
      expect(await importConcepts(await actorWith(role), [{ ...concept, id: 'x-nobody' }])).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(await getConcept('x-nobody')).toBeNull();
    const dup = { id: 'x-dup', terms: [{ lang: 'fa', text: 'سپاه قدس', status: 'preferred' }, { lang: 'fa', text: 'سپاه قدس', status: 'admitted' }] } as Concept;
    expect(await createConcept(EDITOR, dup)).toMatchObject({ ok: false, code: 'glossary-invalid', params: { field: 'text', issue: 'duplicate', term: 1, lang: 'fa', id: 'x-dup' } });
    expect(await getConcept('x-dup')).toBeNull();
  });

  it('rebuilds the cached matcher index after a change', async () => {
    const text = 'The Sabereen News channel';
    await unwrap(createConcept(EDITOR, { id: 'x-sabereen-test', terms: [{ lang: 'en', text: 'Sabereen News channel', status: 'preferred' }] }));
    expect((await matchGlossary(text, 'en')).map((m) => m.conceptId)).toContain('x-sabereen-test');
    await unwrap(deleteConcept(EDITOR, 'x-sabereen-test'));
    expect((await matchGlossary(text, 'en')).map((m) => m.conceptId)).not.toContain('x-sabereen-test');
  });
});
