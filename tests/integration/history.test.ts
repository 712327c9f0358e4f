import { afterAll, describe, expect, it } from 'vitest';
import { createDocument, getDocument } from '../../lib/db/documents';
import { closeSql, sql } from '../../lib/db/sql';
import type { PmNode } from '../../lib/documents/types';
import { restoreRevision, segmentHistory } from '../../lib/server/history';
import { saveSegment } from '../../lib/server/segments';
import { actorWith, EDITOR, unwrap } from './support';

const para = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

afterAll(() => closeSql());

async function oneSegment(): Promise<number> {
  const documentId = await createDocument(
    { title: 'History', authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en', segments: [{ kind: 'paragraph', content: para('The factions remain silent.'), text: 'The factions remain silent.' }] },
    EDITOR.id,
  );
  return (await getDocument(documentId))!.segments[0]!.id;
}

const save = (actor: typeof EDITOR, segmentId: number, baseVersion: number, text: string) =>
  unwrap(saveSegment(actor, { segmentId, lang: 'ar', baseVersion, content: para(text), text }));

describe('a segment’s history', () => {
  it('names who changed what, diffs words whole, and restores an earlier text as a new revision', async () => {
    const segmentId = await oneSegment();
    await sql`insert into users (id, name, role) values ('layla', 'ليلى حداد', 'translator') on conflict (id) do update set name = excluded.name`;
    const layla = { id: 'layla', role: 'translator' } as const;
    await save(layla, segmentId, 0, 'لا تزال الفصائل صامتة.');
    await save(EDITOR, segmentId, 1, 'لا تزال الفصائل ساكتة.');
    const { entries, versions } = await unwrap(segmentHistory(EDITOR, segmentId, 'ar'));
    expect(versions.ar).toBe(2);
    expect(entries.map((e) => [e.action, e.author.name, e.version])).toEqual([['save', 'Local user', 2], ['save', 'ليلى حداد', 1]]);
    expect(entries[0]!.diff.filter((r) => r.op !== 'equal')).toEqual([{ op: 'delete', text: 'صامتة' }, { op: 'insert', text: 'ساكتة' }]);
    expect(entries.map((e) => e.restorable)).toEqual([false, true]);

    const restored = await unwrap(restoreRevision(layla, { revisionId: entries[1]!.id, baseVersion: 2 }));
    expect(restored).toMatchObject({ version: 3, text: 'لا تزال الفصائل صامتة.', lang: 'ar' });
    const [stored] = await sql`select text, version, updated_by from translations where segment_id = ${segmentId} and lang = 'ar'`;
    expect(stored).toMatchObject({ text: 'لا تزال الفصائل صامتة.', version: 3, updated_by: 'layla' });
    const after = await unwrap(segmentHistory(EDITOR, segmentId, 'ar'));
    expect(after.entries.map((e) => e.action)).toEqual(['restore', 'save', 'save']);
    expect(after.entries[0]).toMatchObject({ author: { name: 'ليلى حداد' }, beforeText: 'لا تزال الفصائل ساكتة.', afterText: 'لا تزال الفصائل صامتة.' });
  });

  it('refuses a restore on a stale version with the stored text, and writes nothing', async () => {
    const segmentId = await oneSegment();
    await save(EDITOR, segmentId, 0, 'متن نخست');
    await save(EDITOR, segmentId, 1, 'متن دوم');
    const { entries } = await unwrap(segmentHistory(EDITOR, segmentId, 'ar'));
    const revisions = async () => Number((await sql`select count(*) from revisions where segment_id = ${segmentId}`)[0]!.count);
    const before = await revisions();
    const r = await restoreRevision(EDITOR, { revisionId: entries[1]!.id, baseVersion: 1 });
    expect(r).toMatchObject({ ok: false, code: 'conflict', current: { text: 'متن دوم', version: 2 } });
    // the refused restore leaves its conflict row, like a refused save; the text is unchanged
    expect(await revisions()).toBe(before + 1);
    expect((await sql`select text from translations where segment_id = ${segmentId} and lang = 'ar'`)[0]!.text).toBe('متن دوم');
  });

  it('refuses a viewer and an unknown revision', async () => {
    const segmentId = await oneSegment();
    await save(EDITOR, segmentId, 0, 'نص');
    const { entries } = await unwrap(segmentHistory(EDITOR, segmentId));
    const viewer = await actorWith('viewer');
    expect(await restoreRevision(viewer, { revisionId: entries[0]!.id, baseVersion: 1 })).toMatchObject({ ok: false, code: 'forbidden', params: { action: 'segment.translate' } });
    expect(await restoreRevision(EDITOR, { revisionId: 999_999_999, baseVersion: 1 })).toMatchObject({ ok: false, code: 'revision-not-found' });
    expect(await segmentHistory(viewer, segmentId)).toMatchObject({ ok: true });
  });
});
