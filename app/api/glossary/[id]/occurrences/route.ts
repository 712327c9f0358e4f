import { conceptOccurrences, getConcept } from '@/lib/db/glossary';
import { errorResponse, toErrorResponse } from '../../_http';

export const dynamic = 'force-dynamic';

/** GET /api/glossary/[id]/occurrences: where the concept's terms occur in stored documents. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  try {
    if (!(await getConcept(id))) return errorResponse('glossary-concept-not-found', { id });
    return Response.json({ occurrences: await conceptOccurrences(id) });
  } catch (err) {
    return toErrorResponse(err);
  }
}
