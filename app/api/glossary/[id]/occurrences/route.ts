import { asCurrentActor } from '@/lib/server/act';
import { conceptOccurrences } from '@/lib/server/glossary';
import { respond } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

/** GET /api/glossary/[id]/occurrences: where the concept's terms occur in stored documents. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return respond(await asCurrentActor((actor) => conceptOccurrences(actor, id)), (occurrences) => Response.json({ occurrences }));
}
