import { z } from 'zod';
import { asCurrentActor } from '@/lib/server/act';
import { matchGlossary } from '@/lib/server/glossary';
import { errorResponse, readJson, respond } from '@/lib/server/http';
import { LANGS } from '@/lib/text/lang';

export const dynamic = 'force-dynamic';

const MatchSchema = z.object({ text: z.string().max(100_000), lang: z.enum(LANGS) });

/** POST /api/glossary/match {text, lang}: the glossary terms in the text (lib matcher, cached index). */
export async function POST(request: Request): Promise<Response> {
  const parsed = MatchSchema.safeParse(await readJson(request));
  if (!parsed.success) return errorResponse('invalid-input', { field: parsed.error.issues[0]?.path.join('.') ?? '' });
  return respond(await asCurrentActor((actor) => matchGlossary(actor, parsed.data.text, parsed.data.lang)), (matches) => Response.json({ matches }));
}
