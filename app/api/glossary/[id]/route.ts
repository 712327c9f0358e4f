import { currentUserId } from '@/lib/db/glossary-access';
import { deleteConcept, getConcept, saveConcept } from '@/lib/db/glossary';
import type { Concept } from '@/lib/terms/types';
import { errorResponse, readJson, toErrorResponse, zodParams } from '../_http';
import { SaveSchema } from '../_schema';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/glossary/[id]: the concept with version and authorship (deleted ones too). */
export async function GET(_request: Request, { params }: Ctx): Promise<Response> {
  const { id } = await params;
  try {
    const concept = await getConcept(id);
    return concept ? Response.json({ concept }) : errorResponse('glossary-concept-not-found', { id });
  } catch (err) {
    return toErrorResponse(err);
  }
}

/** PUT /api/glossary/[id] {concept, baseVersion}: saves if baseVersion is current, else 409 with the stored one. */
export async function PUT(request: Request, { params }: Ctx): Promise<Response> {
  const { id } = await params;
  try {
    const parsed = SaveSchema.safeParse(await readJson(request));
    if (!parsed.success) return errorResponse('invalid-input', zodParams(parsed.error.issues));
    if (parsed.data.baseVersion === undefined) return errorResponse('invalid-input', { field: 'baseVersion', issue: 'invalid_type' });
    const saved = await saveConcept({ ...parsed.data.concept, id } as Concept, currentUserId(), parsed.data.baseVersion);
    if (!saved.ok) return errorResponse('glossary-version-conflict', { id, version: saved.current.version }, { current: saved.current });
    return Response.json({ concept: saved.concept });
  } catch (err) {
    return toErrorResponse(err);
  }
}

/** DELETE /api/glossary/[id]: deletes the concept (restorable). */
export async function DELETE(_request: Request, { params }: Ctx): Promise<Response> {
  const { id } = await params;
  try {
    return Response.json({ concept: await deleteConcept(id, currentUserId()) });
  } catch (err) {
    return toErrorResponse(err);
  }
}
