import { asCurrentActor } from '@/lib/server/act';
import { errorResponse, readJson, respond } from '@/lib/server/http';
import { heartbeat } from '@/lib/server/presence';

export const dynamic = 'force-dynamic';

/** POST /api/documents/:id/presence {clientId, segmentId?, lang?}: this tab is in the document, at that pane (204). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const body = (await readJson(request)) as Record<string, unknown> | null;
  if (body === null || typeof body !== 'object') return errorResponse('invalid-input', { reason: 'json' });
  return respond(await asCurrentActor((actor) => heartbeat(actor, { ...body, documentId: id })), () => new Response(null, { status: 204 }));
}
