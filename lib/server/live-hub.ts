import { AppError } from '../contract/app-error';
import { IdSchema } from '../contract/ids';
import type { ActionResult } from '../contract/result';
import { documentExists, documentShapes, panesChangedSince, panesNow, presentIn } from '../db/live';
import { listen, notify } from '../db/notify';
import { paneThreadCounts } from '../db/comments';
import { CATCH_UP_MARGIN_MS, parsePanePayload, parseSegmentChanged, PRESENCE_TTL_S, type LiveEvent, type PaneComments, type SegmentChanged } from '../live/types';
import type { Lang } from '../text/lang';
import { act } from './act';
import type { Actor } from './actor';

type Send = (event: LiveEvent) => void;

/**
 * One hub per app process: one LISTEN connection for all its editors. A change NOTIFYed by any
 * instance on the same database is read once here (batched for a few milliseconds) and sent to
 * every open events stream of that document on this instance.
 */
interface Hub {
  subscribers: Map<number, Set<Send>>;
  started: Promise<void> | null;
  changed: Map<string, SegmentChanged>;
  presence: Set<number>;
  /** The shape of each open document's rows (documentShapes), to tell a split or merge from an edit. */
  shapes: Map<number, string>;
  comments: Map<string, { documentId: number; segmentId: number; lang: Lang }>;
  flush: ReturnType<typeof setTimeout> | null;
  lastPing: number;
}

const BATCH_MS = 20;
const PING_MS = 10_000;
const g = globalThis as unknown as { tarjumanLiveHub?: Hub };
const hub: Hub = (g.tarjumanLiveHub ??= { subscribers: new Map(), started: null, changed: new Map(), presence: new Set(), shapes: new Map(), comments: new Map(), flush: null, lastPing: Date.now() });

function broadcast(documentId: number, event: LiveEvent) {
  for (const send of hub.subscribers.get(documentId) ?? []) {
    try {
      send(event);
    } catch {
      // a stream that closed meanwhile; its own cancel unsubscribes it
    }
  }
}

async function flush() {
  hub.flush = null;
  const changed = [...hub.changed.values()].filter((c) => hub.subscribers.has(c.documentId));
  const presence = [...hub.presence].filter((d) => hub.subscribers.has(d));
  const comments = [...hub.comments.values()].filter((c) => hub.subscribers.has(c.documentId));
  hub.changed.clear();
  hub.presence.clear();
  hub.comments.clear();
  try {
    const panes = await panesNow(changed);
    for (const pane of panes) broadcast(pane.documentId, { type: 'segment', pane });
    // a split or a merge changes a source text: only then is the shape of the rows read again
    const sourceChanged = [...new Set(panes.filter((p) => p.isSource).map((p) => p.documentId))];
    for (const [documentId, shape] of await documentShapes(sourceChanged)) {
      if (hub.shapes.get(documentId) !== shape) broadcast(documentId, { type: 'structure' });
      hub.shapes.set(documentId, shape);
    }
    for (const documentId of presence) broadcast(documentId, { type: 'presence', people: await presentIn(documentId, PRESENCE_TTL_S) });
    const docOf = new Map(comments.map((c) => [`${c.segmentId}:${c.lang}`, c.documentId]));
    for (const counts of await paneThreadCounts(comments)) {
      broadcast(docOf.get(`${counts.segmentId}:${counts.lang}`)!, { type: 'comments', counts: counts as PaneComments });
    }
  } catch (err) {
    console.error('[tarjuman] live update failed', err);
  }
}

const schedule = () => (hub.flush ??= setTimeout(() => void flush(), BATCH_MS));

async function start(): Promise<void> {
  await listen('segment_changed', (payload) => {
    const c = parseSegmentChanged(payload);
    if (!c) return;
    hub.changed.set(`${c.segmentId}:${c.lang}`, c);
    schedule();
  }, () => {
    // after a reconnect of the LISTEN connection, changes may have been missed: every open document
    // gets the panes changed since this instance last heard itself
    const since = new Date(hub.lastPing - CATCH_UP_MARGIN_MS);
    for (const documentId of hub.subscribers.keys()) void catchUp(documentId, since, (e) => broadcast(documentId, e));
  });
  await listen('comments_changed', (payload) => {
    const c = parsePanePayload(payload);
    if (c) (hub.comments.set(`${c.segmentId}:${c.lang}`, { documentId: c.documentId, segmentId: c.segmentId, lang: c.lang }), schedule());
  });
  await listen('presence_changed', (payload) => {
    const id = Number(payload);
    if (Number.isInteger(id) && id > 0) (hub.presence.add(id), schedule());
  });
  // the driver re-listens after a dropped connection, but gives up if the database is away at that
  // moment: a ping to ourselves that does not come back starts the listening again
  await listen('tarjuman_ping', () => (hub.lastPing = Date.now()));
  const timer = setInterval(() => {
    if (Date.now() - hub.lastPing > 3 * PING_MS) {
      hub.lastPing = Date.now();
      hub.started = null;
      clearInterval(timer);
      void ensureStarted().catch(() => {});
      return;
    }
    void notify('tarjuman_ping', '').catch(() => {});
  }, PING_MS);
  timer.unref?.();
}

async function catchUp(documentId: number, since: Date, send: Send): Promise<void> {
  try {
    for (const pane of await panesChangedSince(documentId, since)) send({ type: 'segment', pane });
  } catch (err) {
    console.error('[tarjuman] live catch-up failed', err);
  }
}

function ensureStarted(): Promise<void> {
  hub.started ??= start().catch((err) => {
    hub.started = null;
    throw err;
  });
  return hub.started;
}

/**
 * Opens the live feed of a document for the actor: `send` gets every change of a pane and of who
 * is present, starting with who is present now and, when `since` (ms since the epoch) is given, the
 * panes changed after it (an editor reconnecting, or one whose page was rendered then). Answers the
 * function that closes the feed.
 */
export function openLiveFeed(actor: Actor, documentId: unknown, send: Send, since?: number): Promise<ActionResult<() => void>> {
  return act(actor, 'document.read', async () => {
    const id = IdSchema.safeParse(documentId);
    if (!id.success) throw new AppError('invalid-input', { field: 'documentId' });
    if (!(await documentExists(id.data))) throw new AppError('document-not-found', { id: id.data });
    await ensureStarted();
    if (!hub.shapes.has(id.data)) hub.shapes.set(id.data, (await documentShapes([id.data])).get(id.data) ?? '');
    const set = hub.subscribers.get(id.data) ?? new Set<Send>();
    hub.subscribers.set(id.data, set);
    set.add(send);
    send({ type: 'presence', people: await presentIn(id.data, PRESENCE_TTL_S) });
    if (since !== undefined && Number.isFinite(since) && since > 0) await catchUp(id.data, new Date(since - CATCH_UP_MARGIN_MS), send);
    return () => {
      set.delete(send);
      if (set.size === 0) (hub.subscribers.delete(id.data), hub.shapes.delete(id.data));
    };
  });
}
