import { asCurrentActor } from '@/lib/server/act';
import { respond } from '@/lib/server/http';
import { openLiveFeed } from '@/lib/server/live-hub';
import { ClientIdSchema, leaveDocument } from '@/lib/server/presence';
import type { LiveEvent } from '@/lib/live/types';

export const dynamic = 'force-dynamic';

const KEEPALIVE_MS = 20_000;
const encoder = new TextEncoder();

const frame = (event: LiveEvent) =>
  `event: ${event.type}\ndata: ${JSON.stringify(event.type === 'segment' ? event.pane : event.type === 'presence' ? event.people : {})}\n\n`;

/**
 * GET /api/documents/:id/events?client=…: server-sent events of the document — `segment` (a pane
 * changed, by anyone, on any instance), `presence` (who is where), `resync` (this instance may have
 * missed changes). Closing the stream takes the client out of the document's presence.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const clientId = ClientIdSchema.safeParse(new URL(request.url).searchParams.get('client'));
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
    const feed = await openLiveFeed(actor, id, (event) => write(frame(event)));
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
