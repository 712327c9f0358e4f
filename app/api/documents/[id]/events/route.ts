import { asCurrentActor } from '@/lib/server/act';
import { respond } from '@/lib/server/http';
import { openLiveFeed } from '@/lib/server/live-hub';
import { ClientIdSchema, leaveDocument } from '@/lib/server/presence';
import type { LiveEvent } from '@/lib/live/types';

export const dynamic = 'force-dynamic';

const KEEPALIVE_MS = 20_000;
const encoder = new TextEncoder();

// the id is this server's clock: a reconnecting EventSource sends it back as Last-Event-ID, and the
// feed catches up on what changed after it
const frame = (event: LiveEvent) =>
  `id: ${Date.now()}\nevent: ${event.type}\ndata: ${JSON.stringify(event.type === 'segment' ? event.pane : event.type === 'comments' ? event.counts : event.type === 'presence' ? event.people : {})}\n\n`;

/**
 * GET /api/documents/:id/events?client=…&since=…: server-sent events of the document — `segment` (a
 * pane changed, by anyone, on any instance), `presence` (who is where) and `comments` (a pane's
 * thread counts changed) and `structure` (segments split, merged or added). `since` (ms since the
 * epoch; a reconnect's Last-Event-ID wins) replays the panes changed after it first. Closing the
 * stream takes the client out of the document's presence.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const url = new URL(request.url);
  const clientId = ClientIdSchema.safeParse(url.searchParams.get('client'));
  const since = Number(request.headers.get('last-event-id') ?? url.searchParams.get('since') ?? '') || undefined;
  let close = () => {};
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => void (controller = c),
    cancel: () => close(),
  });
  const write = (text: string) => {
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      close();
    }
  };
  write('retry: 2000\n\n');
  const opened = await asCurrentActor(async (actor) => {
    const feed = await openLiveFeed(actor, id, (event) => write(frame(event)), since);
    if (!feed.ok) return feed;
    const keepalive = setInterval(() => write(': keepalive\n\n'), KEEPALIVE_MS);
    let closed = false;
    close = () => {
      if (closed) return;
      closed = true;
      clearInterval(keepalive);
      feed.value();
      if (clientId.success) void leaveDocument(actor, clientId.data);
      try {
        controller.close();
      } catch {
        // already closed by the client
      }
    };
    request.signal.addEventListener('abort', close);
    return feed;
  });
  if (!opened.ok) return respond(opened);
  return new Response(body, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', 'x-accel-buffering': 'no' },
  });
}
