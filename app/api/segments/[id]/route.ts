import { asCurrentActor } from '@/lib/server/act';
import { errorResponse, readJson, respond } from '@/lib/server/http';
import { saveSegment } from '@/lib/server/segments';

export const dynamic = 'force-dynamic';

/**
 * PUT /api/segments/:id {lang, baseVersion, content, text, state?}: the editor's save for other
 * programs (and bench:load) — the same use case as the autosave. 200 {version, state}; a stale
 * base version is 409 `conflict` with the stored text as `current`.
 */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const body = (await readJson(request)) as Record<string, unknown> | null;
  if (body === null || typeof body !== 'object') return errorResponse('invalid-input', { reason: 'json' });
  const r = await asCurrentActor((actor) => saveSegment(actor, { ...(body as object), segmentId: id } as never));
  return respond(r, (v) => Response.json({ version: v.version, state: v.state }));
}
