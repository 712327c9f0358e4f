import { afterAll, describe, expect, it } from 'vitest';
import { closeSql } from '../../lib/db/sql';
import { conceptHistory, createConcept, importConcepts, updateConcept } from '../../lib/server/glossary';
import { conceptChanges } from '../../lib/terms/concept-changes';
import { EDITOR, unwrap } from './support';

afterAll(() => closeSql());

describe('glossary history records definition and note changes (issue 11, bug 6)', () => {
  it('an edit of only a definition, then only a note, each leave a row whose changes name them', async () => {
    const c = await unwrap(createConcept(EDITOR, { id: 'x-hist-pmf', terms: [{ lang: 'en', text: 'Popular Mobilization Forces', status: 'preferred' }, { lang: 'ar', text: 'الحشد الشعبي', status: 'preferred' }] }));
    const d = await unwrap(updateConcept(EDITOR, c.id, { ...c, definitions: { ar: 'هيئة رسمية تضم فصائل مسلحة.' } }, c.version));
    await unwrap(updateConcept(EDITOR, c.id, { ...d, notes: { fa: 'در فارسی «بسیج مردمی» یا «حشد الشعبی».' } }, d.version));
    const rows = await unwrap(conceptHistory(EDITOR, c.id));
    expect(rows.map((r) => r.action)).toEqual(['update', 'update', 'create']);
    expect(conceptChanges(rows[1]!.before, rows[1]!.after)).toEqual([{ kind: 'definition', lang: 'ar', before: '', after: 'هيئة رسمية تضم فصائل مسلحة.' }]);
    expect(conceptChanges(rows[0]!.before, rows[0]!.after)).toEqual([{ kind: 'note', lang: 'fa', before: '', after: 'در فارسی «بسیج مردمی» یا «حشد الشعبی».' }]);
  });

  it('an import that changes only a definition leaves an import row naming it', async () => {
    const terms = [{ lang: 'en' as const, text: 'Saraya Awliya al-Dam', status: 'preferred' as const }];
    await unwrap(importConcepts(EDITOR, [{ id: 'x-hist-import', terms, definitions: { en: 'A front group.' } }]));
    await unwrap(importConcepts(EDITOR, [{ id: 'x-hist-import', terms, definitions: { en: 'A front group of Kataib Hezbollah.' } }]));
    const [latest] = await unwrap(conceptHistory(EDITOR, 'x-hist-import'));
    expect(latest!.action).toBe('import');
    expect(conceptChanges(latest!.before, latest!.after)).toEqual([{ kind: 'definition', lang: 'en', before: 'A front group.', after: 'A front group of Kataib Hezbollah.' }]);
  });
});
