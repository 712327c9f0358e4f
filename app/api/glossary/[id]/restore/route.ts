import { asCurrentActor } from '@/lib/server/act';
import { restoreConcept } from '@/lib/server/glossary';
import { respond } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

/** POST /api/glossary/[id]/restore: brings back a deleted concept. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return respond(await asCurrentActor((actor) => restoreConcept(actor, id)), (concept) => Response.json({ concept }));
}
