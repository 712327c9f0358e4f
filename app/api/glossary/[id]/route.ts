import { asCurrentActor } from '@/lib/server/act';
import { deleteConcept, getConcept, updateConcept } from '@/lib/server/glossary';
import { errorResponse, readJson, respond } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/glossary/[id]: the concept with version and authorship (deleted ones too). */
export async function GET(_request: Request, { params }: Ctx): Promise<Response> {
  const { id } = await params;
  return respond(await asCurrentActor((actor) => getConcept(actor, id)), (concept) => Response.json({ concept }));
}

/** PUT /api/glossary/[id] {concept, baseVersion}: saves if baseVersion is current, else 409 with the stored one. */
export async function PUT(request: Request, { params }: Ctx): Promise<Response> {
  const { id } = await params;
  const body = (await readJson(request)) as { concept?: unknown; baseVersion?: unknown } | null;
  if (body === null) return errorResponse('invalid-input', { reason: 'json' });
  if (typeof body.baseVersion !== 'number' || !Number.isInteger(body.baseVersion) || body.baseVersion < 0) return errorResponse('invalid-input', { field: 'baseVersion' });
  const baseVersion = body.baseVersion;
  return respond(await asCurrentActor((actor) => updateConcept(actor, id, body.concept, baseVersion)), (concept) => Response.json({ concept }));
}

/** DELETE /api/glossary/[id]: deletes the concept (restorable). */
export async function DELETE(_request: Request, { params }: Ctx): Promise<Response> {
  const { id } = await params;
  return respond(await asCurrentActor((actor) => deleteConcept(actor, id)), (concept) => Response.json({ concept }));
}
