import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { asCurrentActor } from '@/lib/server/act';
import { createConcept, searchGlossary } from '@/lib/server/glossary';
import { errorResponse, readJson, respond } from '@/lib/server/http';
import { TERM_STATUSES, type TermStatus } from '@/lib/terms/types';
import { LANGS } from '@/lib/text/lang';

export const dynamic = 'force-dynamic';

const SearchSchema = z.object({
  q: z.string().max(200).default(''),
  lang: z.enum(LANGS).optional(),
  status: z.enum(TERM_STATUSES as [TermStatus, ...TermStatus[]]).optional(),
  subject: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  deleted: z.enum(['1', 'true']).optional(),
});

/** GET /api/glossary?q=…&lang=…[&status=…&subject=…&limit=…&deleted=1]: ranked concept hits. */
export async function GET(request: NextRequest): Promise<Response> {
  const parsed = SearchSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return errorResponse('invalid-input', { field: parsed.error.issues[0]?.path.join('.') ?? '' });
  const { q, deleted, ...opts } = parsed.data;
  return respond(await asCurrentActor((actor) => searchGlossary(actor, q, { ...opts, deleted: !!deleted })), (hits) => Response.json({ hits }));
}

/** POST /api/glossary {concept}: creates a concept (the one schema and limits); 201 with the stored concept. */
export async function POST(request: Request): Promise<Response> {
  const body = (await readJson(request)) as { concept?: unknown } | null;
  if (body === null) return errorResponse('invalid-input', { reason: 'json' });
  return respond(await asCurrentActor((actor) => createConcept(actor, body.concept)), (concept) => Response.json({ concept }, { status: 201 }));
}
