import { afterAll, describe, expect, it } from 'vitest';
import { createDocument, getDocument } from '../../lib/db/documents';
import { closeSql, sql } from '../../lib/db/sql';
import type { PmNode } from '../../lib/documents/types';
import { addComment, documentCommentCounts, listThreads, resolveThread } from '../../lib/server/comments';
import { createConcept } from '../../lib/server/glossary';
import { actorWith, EDITOR, unwrap } from './support';

const para = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

afterAll(() => closeSql());

async function oneSegment(): Promise<{ documentId: number; segmentId: number }> {
  const documentId = await createDocument(
    { title: 'Comments', authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en', segments: [{ kind: 'paragraph', content: para('The statement was issued.'), text: 'The statement was issued.' }] },
    EDITOR.id,
  );
  return { documentId, segmentId: (await getDocument(documentId))!.segments[0]!.id };
}

async function person(id: string, name: string, role: 'translator' | 'editor' | 'viewer') {
  await sql`insert into users (id, name, role) values (${id}, ${name}, ${role}) on conflict (id) do update set name = excluded.name, role = excluded.role`;
  return { id, role } as const;
}

describe('comments on a segment', () => {
  it('keeps threads per language, with replies, names and resolved @mentions', async () => {
    const { documentId, segmentId } = await oneSegment();
    const maryam = await person('maryam', 'مریم احمدی', 'translator');
    await person('sara', 'Sara Haddad', 'editor');
    const target = { kind: 'segment', segmentId, lang: 'fa' } as const;
    const after = await unwrap(addComment(maryam, { target, body: 'این «بیانیه» درست است؟ @sara و @SaraHaddad و @nobody ببینید' }));
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ author: { id: 'maryam', name: 'مریم احمدی' }, mentions: [{ id: 'sara', name: 'Sara Haddad' }], resolvedAt: null, replies: [] });
    // a reply to the reply joins the thread; the Arabic pane has its own (empty) list
    const sara = await actorWith('editor');
    const withReply = await unwrap(addComment(sara, { target, body: 'نعم، المصطلح صحيح. @مریم‌احمدی', parentId: after[0]!.id }));
    const replyId = withReply[0]!.replies[0]!.id;
    const nested = await unwrap(addComment(maryam, { target, body: 'ممنون', parentId: replyId }));
    expect(nested).toHaveLength(1);
    expect(nested[0]!.replies.map((r) => r.body)).toEqual(['نعم، المصطلح صحيح. @مریم‌احمدی', 'ممنون']);
    expect(await unwrap(listThreads(EDITOR, { kind: 'segment', segmentId, lang: 'ar' }))).toEqual([]);
    expect(await unwrap(documentCommentCounts(EDITOR, documentId))).toEqual({ [`${segmentId}:fa`]: { open: 1, total: 1 } });
  });

  it('resolves a thread by name and reopens it on a new reply', async () => {
    const { documentId, segmentId } = await oneSegment();
    const translator = await actorWith('translator');
    const target = { kind: 'segment', segmentId, lang: 'ar' } as const;
    const [thread] = await unwrap(addComment(translator, { target, body: 'هل نترك الاسم كما هو؟' }));
    const resolved = await unwrap(resolveThread(EDITOR, thread!.id, true));
    expect(resolved[0]).toMatchObject({ resolvedBy: { id: 'local', name: 'Local user' } });
    expect(resolved[0]!.resolvedAt).not.toBeNull();
    expect(await unwrap(documentCommentCounts(EDITOR, documentId))).toEqual({ [`${segmentId}:ar`]: { open: 0, total: 1 } });
    const reopened = await unwrap(addComment(EDITOR, { target, body: 'Not yet: see the style guide.', parentId: thread!.id }));
    expect(reopened[0]).toMatchObject({ resolvedAt: null, resolvedBy: null });
  });

  it('refuses a viewer, an empty or too long body, a missing target and a foreign parent, writing nothing', async () => {
    const { segmentId } = await oneSegment();
    const target = { kind: 'segment', segmentId, lang: 'ar' } as const;
    const viewer = await actorWith('viewer');
    const count = async () => Number((await sql`select count(*) from comments`)[0]!.count);
    const before = await count();
    expect(await addComment(viewer, { target, body: 'مرحبا' })).toMatchObject({ ok: false, code: 'forbidden', params: { action: 'comment.write', role: 'viewer' } });
    expect(await resolveThread(viewer, 1, true)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await addComment(EDITOR, { target, body: '   ' })).toMatchObject({ ok: false, code: 'comment-empty' });
    expect(await addComment(EDITOR, { target, body: 'ب'.repeat(5001) })).toMatchObject({ ok: false, code: 'comment-too-long', params: { max: 5000 } });
    expect(await addComment(EDITOR, { target: { ...target, segmentId: 999_999_999 }, body: 'x' })).toMatchObject({ ok: false, code: 'segment-not-found' });
    expect(await addComment(EDITOR, { target: { ...target, lang: 'de' as 'ar' }, body: 'x' })).toMatchObject({ ok: false, code: 'invalid-input' });
    const [other] = await unwrap(addComment(EDITOR, { target: { ...target, lang: 'fa' }, body: 'دیگر' }));
    expect(await addComment(EDITOR, { target, body: 'reply', parentId: other!.id })).toMatchObject({ ok: false, code: 'comment-not-found' });
    expect(await count()).toBe(before + 1);
    // a viewer still reads
    expect(await listThreads(viewer, { ...target, lang: 'fa' })).toMatchObject({ ok: true });
  });
});

describe('comments on a glossary concept', () => {
  it('threads on a concept, and refuses an unknown one', async () => {
    const concept = await unwrap(createConcept(EDITOR, { terms: [{ lang: 'en', text: 'ceasefire', status: 'preferred' }, { lang: 'ar', text: 'وقف إطلاق النار', status: 'preferred' }] }));
    const target = { kind: 'concept', conceptId: concept.id } as const;
    const translator = await actorWith('translator');
    const threads = await unwrap(addComment(translator, { target, body: 'آیا «آتش‌بس» را هم اضافه کنیم؟ @local' }));
    expect(threads[0]).toMatchObject({ body: 'آیا «آتش‌بس» را هم اضافه کنیم؟ @local', mentions: [{ id: 'local', name: 'Local user' }] });
    expect(await unwrap(listThreads(EDITOR, target))).toHaveLength(1);
    expect(await addComment(EDITOR, { target: { kind: 'concept', conceptId: 'no-such-concept' }, body: 'x' })).toMatchObject({ ok: false, code: 'glossary-concept-not-found' });
  });
});
