import { matchGlossary } from '@/lib/db/glossary';
import { errorResponse, readJson, toErrorResponse, zodParams } from '../_http';
import { MatchSchema } from '../_schema';

export const dynamic = 'force-dynamic';

/** POST /api/glossary/match {text, lang}: the glossary terms in the text (lib matcher, cached index). */
export async function POST(request: Request): Promise<Response> {
  try {
    const parsed = MatchSchema.safeParse(await readJson(request));
    if (!parsed.success) return errorResponse('invalid-input', zodParams(parsed.error.issues));
    return Response.json({ matches: await matchGlossary(parsed.data.text, parsed.data.lang) });
  } catch (err) {
    return toErrorResponse(err);
  }
}
