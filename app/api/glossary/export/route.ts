import type { NextRequest } from 'next/server';
import { asCurrentActor } from '@/lib/server/act';
import { exportGlossary } from '@/lib/server/glossary';
import { errorResponse, respond } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

/** GET /api/glossary/export?format=tbx|csv: the whole live glossary as a download. */
export async function GET(request: NextRequest): Promise<Response> {
  const format = request.nextUrl.searchParams.get('format') ?? 'tbx';
  if (format !== 'tbx' && format !== 'csv') return errorResponse('invalid-input', { field: 'format' });
  return respond(await asCurrentActor((actor) => exportGlossary(actor, format)), (file) =>
    new Response(file.body, { headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.fileName}"` } }),
  );
}
