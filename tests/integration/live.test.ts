import { afterAll, describe, expect, it } from 'vitest';
import { createDocument, getDocument } from '../../lib/db/documents';
import { closeSql, json, sql } from '../../lib/db/sql';
import type { PmNode } from '../../lib/documents/types';
import type { LiveEvent } from '../../lib/live/types';
import { openLiveFeed } from '../../lib/server/live-hub';
import { heartbeat, leaveDocument } from '../../lib/server/presence';
import { addComment, resolveThread } from '../../lib/server/comments';
import { restoreRevision, segmentHistory } from '../../lib/server/history';
import { mergeSegments, saveSegment, splitSegment } from '../../lib/server/segments';
import { actorWith, EDITOR, unwrap } from './support';

const para = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

afterAll(() => closeSql());

async function twoSegments(): Promise<{ documentId: number; a: number; b: number }> {
  const documentId = await createDocument(
    { title: 'Live', authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en', segments: ['One.', 'Two.'].map((text) => ({ kind: 'paragraph' as const, content: para(text), text })) },
    EDITOR.id,
  );
  const [a, b] = (await getDocument(documentId))!.segments.map((s) => s.id) as [number, number];
  return { documentId, a, b };
}

/** Collects a feed's events; `next(pred)` waits for the first one that matches. */
function collector() {
  const events: LiveEvent[] = [];
  const waiting: { pred: (e: LiveEvent) => boolean; resolve: (e: LiveEvent) => void }[] = [];
  const send = (e: LiveEvent) => {
    events.push(e);
    for (const w of [...waiting]) if (w.pred(e)) (waiting.splice(waiting.indexOf(w), 1), w.resolve(e));
  };
  const next = (pred: (e: LiveEvent) => boolean, ms = 5000) =>
    new Promise<LiveEvent>((resolve, reject) => {
      const hit = events.find(pred);
      if (hit) return resolve(hit);
      waiting.push({ pred, resolve });
      setTimeout(() => reject(new Error(`no matching event in ${ms} ms: ${JSON.stringify(events)}`)), ms);
    });
  return { events, send, next };
}

describe('the live feed of a document', () => {
  it('pushes a saved pane with its text, version and author’s name, and only to that document', async () => {
    const { documentId, a } = await twoSegments();
    const other = await twoSegments();
    const mine = collector();
    const theirs = collector();
    const close = await unwrap(openLiveFeed(EDITOR, documentId, mine.send));
    const closeOther = await unwrap(openLiveFeed(EDITOR, other.documentId, theirs.send));
    await mine.next((e) => e.type === 'presence');
    const translator = await actorWith('translator');
    await unwrap(saveSegment(translator, { segmentId: a, lang: 'fa', baseVersion: 0, content: para('یک.'), text: 'یک.' }));
    const e = await mine.next((x) => x.type === 'segment');
    expect(e).toMatchObject({ type: 'segment', pane: { documentId, segmentId: a, lang: 'fa', text: 'یک.', version: 1, author: { id: translator.id, name: 'Test translator' } } });
    expect(theirs.events.filter((x) => x.type === 'segment')).toEqual([]);
    close();
    closeOther();
  });

  it('hears a change made over another connection to the database, as another app instance would make it', async () => {
    const { documentId, b } = await twoSegments();
    const feed = collector();
    const close = await unwrap(openLiveFeed(EDITOR, documentId, feed.send));
    // a connection of its own, not the one this process listens on
    const elsewhere = await sql.reserve();
    try {
      await elsewhere`insert into translations (segment_id, lang, content, text, state, version, updated_by)
        values (${b}, 'ar', ${json(para('اثنان.'))}, 'اثنان.', 'translated', 1, 'local')`;
      await elsewhere`update segments set text = 'Two!', version = version + 1 where id = ${b}`;
    } finally {
      elsewhere.release();
    }
    await expect(feed.next((x) => x.type === 'segment' && x.pane.lang === 'ar')).resolves.toMatchObject({ pane: { text: 'اثنان.', version: 1, author: { name: 'Local user' } } });
    await expect(feed.next((x) => x.type === 'segment' && x.pane.lang === 'en')).resolves.toMatchObject({ pane: { text: 'Two!', version: 2 } });
    close();
  });

  it('pushes a restore like a save', async () => {
    const { documentId, a } = await twoSegments();
    await unwrap(saveSegment(EDITOR, { segmentId: a, lang: 'ar', baseVersion: 0, content: para('أولاً'), text: 'أولاً' }));
    await unwrap(saveSegment(EDITOR, { segmentId: a, lang: 'ar', baseVersion: 1, content: para('ثانياً'), text: 'ثانياً' }));
    const feed = collector();
    const close = await unwrap(openLiveFeed(EDITOR, documentId, feed.send));
    const { entries } = await unwrap(segmentHistory(EDITOR, a, 'ar'));
    await unwrap(restoreRevision(EDITOR, { revisionId: entries[1]!.id, baseVersion: 2 }));
    await expect(feed.next((x) => x.type === 'segment' && x.pane.version === 3)).resolves.toMatchObject({ pane: { text: 'أولاً' } });
    close();
  });

  it('tells who is where, and forgets a tab that left', async () => {
    const { documentId, a } = await twoSegments();
    const feed = collector();
    const close = await unwrap(openLiveFeed(EDITOR, documentId, feed.send));
    const translator = await actorWith('translator');
    await unwrap(heartbeat(translator, { documentId, clientId: 'tab-aaaa-1111', segmentId: a, lang: 'fa' }));
    const here = await feed.next((x) => x.type === 'presence' && x.people.some((p) => p.clientId === 'tab-aaaa-1111'));
    expect(here).toMatchObject({ people: [{ clientId: 'tab-aaaa-1111', user: { id: translator.id, name: 'Test translator' }, segmentId: a, lang: 'fa' }] });
    // another user cannot take over that tab's row
    expect(await heartbeat(EDITOR, { documentId, clientId: 'tab-aaaa-1111', segmentId: null })).toMatchObject({ ok: false, code: 'forbidden' });
    await unwrap(leaveDocument(translator, 'tab-aaaa-1111'));
    await expect(feed.next((x) => x.type === 'presence' && x.people.length === 0)).resolves.toBeTruthy();
    expect(await heartbeat(EDITOR, { documentId, clientId: 'x' })).toMatchObject({ ok: false, code: 'invalid-input' });
    close();
  });

  it('replays the panes changed since a given moment to a feed that (re)connects', async () => {
    const { documentId, a, b } = await twoSegments();
    const before = Date.now();
    await unwrap(saveSegment(EDITOR, { segmentId: a, lang: 'ar', baseVersion: 0, content: para('فاتَه هذا'), text: 'فاتَه هذا' }));
    const feed = collector();
    const close = await unwrap(openLiveFeed(EDITOR, documentId, feed.send, before));
    // the saved pane comes first; panes written shortly before (the margin) may come too, a pane never written never does
    // (the save's own NOTIFY may reach the feed as well, just after it opens: the same pane twice)
    const panes = [...new Map(feed.events.flatMap((e) => (e.type === 'segment' ? [[`${e.pane.segmentId}:${e.pane.lang}:${e.pane.version}`, e.pane] as const] : []))).values()];
    expect(panes.filter((p) => p.lang !== 'en')).toEqual([expect.objectContaining({ segmentId: a, lang: 'ar', text: 'فاتَه هذا', version: 1 })]);
    expect(panes.some((p) => p.segmentId === b && p.lang !== 'en')).toBe(false);
    close();
    // without `since`, nothing is replayed (once the save's own NOTIFY has come and gone)
    await new Promise((r) => setTimeout(r, 300));
    const fresh = collector();
    const closeFresh = await unwrap(openLiveFeed(EDITOR, documentId, fresh.send));
    expect(fresh.events.filter((e) => e.type === 'segment')).toEqual([]);
    closeFresh();
  });

  it('tells the document’s editors when a pane’s comments change (a new thread, a reply, resolving)', async () => {
    const { documentId, a } = await twoSegments();
    const feed = collector();
    const close = await unwrap(openLiveFeed(EDITOR, documentId, feed.send));
    const target = { kind: 'segment', segmentId: a, lang: 'fa' } as const;
    const [thread] = await unwrap(addComment(EDITOR, { target, body: 'این واژه درست است؟' }));
    await expect(feed.next((e) => e.type === 'comments' && e.counts.open === 1)).resolves.toMatchObject({ counts: { segmentId: a, lang: 'fa', open: 1, total: 1 } });
    await unwrap(resolveThread(EDITOR, thread!.id, true));
    await expect(feed.next((e) => e.type === 'comments' && e.counts.open === 0)).resolves.toMatchObject({ counts: { segmentId: a, lang: 'fa', open: 0, total: 1 } });
    close();
  });

  it('tells the document’s editors when its segments are split or merged', async () => {
    const { documentId, a } = await twoSegments();
    const feed = collector();
    const close = await unwrap(openLiveFeed(EDITOR, documentId, feed.send));
    await unwrap(splitSegment(EDITOR, documentId, a, 2));
    await expect(feed.next((e) => e.type === 'structure')).resolves.toEqual({ type: 'structure' });
    feed.events.length = 0;
    await unwrap(mergeSegments(EDITOR, documentId, a));
    await expect(feed.next((e) => e.type === 'structure')).resolves.toEqual({ type: 'structure' });
    close();
  });

  it('refuses a feed of a document that does not exist', async () => {
    expect(await openLiveFeed(EDITOR, 999_999_999, () => {})).toMatchObject({ ok: false, code: 'document-not-found' });
    expect(await openLiveFeed(EDITOR, 'abc', () => {})).toMatchObject({ ok: false, code: 'invalid-input' });
  });
});
