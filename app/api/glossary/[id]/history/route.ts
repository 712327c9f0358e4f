import { conceptHistory, getConcept } from '@/lib/db/glossary';
import { errorResponse, toErrorResponse } from '../../_http';

export const dynamic = 'force-dynamic';

/** GET /api/glossary/[id]/history: every change, newest first. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  try {
    if (!(await getConcept(id))) return errorResponse('glossary-concept-not-found', { id });
    return Response.json({ history: await conceptHistory(id) });
  } catch (err) {
    return toErrorResponse(err);
  }
}
