import { currentUserId } from '@/lib/db/glossary-access';
import { restoreConcept } from '@/lib/db/glossary';
import { toErrorResponse } from '../../_http';

export const dynamic = 'force-dynamic';

/** POST /api/glossary/[id]/restore: brings back a deleted concept. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  try {
    return Response.json({ concept: await restoreConcept(id, currentUserId()) });
  } catch (err) {
    return toErrorResponse(err);
  }
}
