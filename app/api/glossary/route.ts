import { randomBytes } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { currentUserId } from '@/lib/db/glossary-access';
import { saveConcept, searchConcepts } from '@/lib/db/glossary';
import type { Concept, TermStatus } from '@/lib/terms/types';
import { errorResponse, readJson, toErrorResponse, zodParams } from './_http';
import { ConceptSchema, SearchSchema } from './_schema';

export const dynamic = 'force-dynamic';

/** GET /api/glossary?q=…&lang=…[&status=…&subject=…&limit=…&deleted=1]: ranked concept hits. */
export async function GET(request: NextRequest): Promise<Response> {
  const parsed = SearchSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return errorResponse('invalid-input', zodParams(parsed.error.issues));
  const { q, deleted, status, ...opts } = parsed.data;
  try {
    const hits = await searchConcepts(q, { ...opts, status: status as TermStatus | undefined, deleted: !!deleted });
    return Response.json({ hits });
  } catch (err) {
    return toErrorResponse(err);
  }
}

// A readable id from the first English term (c-qods-force-3f2a), random when there is none.
function newId(concept: { terms: { lang: string; text: string }[] }): string {
  const en = concept.terms.find((t) => t.lang === 'en')?.text ?? '';
  const slug = en.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `c-${slug ? `${slug}-` : ''}${randomBytes(2).toString('hex')}`;
}

/** POST /api/glossary {concept}: creates a concept; 201 with the stored concept. */
export async function POST(request: Request): Promise<Response> {
  try {
    const body = (await readJson(request)) as { concept?: unknown };
    const parsed = ConceptSchema.safeParse(body?.concept);
    if (!parsed.success) return errorResponse('invalid-input', zodParams(parsed.error.issues));
    const concept = { ...parsed.data, id: parsed.data.id?.trim() || newId(parsed.data) } as Concept;
    const saved = await saveConcept(concept, currentUserId());
    if (!saved.ok) return errorResponse('glossary-concept-exists', { id: concept.id });
    return Response.json({ concept: saved.concept }, { status: 201 });
  } catch (err) {
    return toErrorResponse(err);
  }
}
