import { asCurrentActor } from '@/lib/server/act';
import { conceptHistory } from '@/lib/server/glossary';
import { respond } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

/** GET /api/glossary/[id]/history: every change, newest first. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return respond(await asCurrentActor((actor) => conceptHistory(actor, id)), (history) => Response.json({ history }));
}
