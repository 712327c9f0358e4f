import type { NextRequest } from 'next/server';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/publish/export-file';
import { asCurrentActor } from '@/lib/server/act';
import { exportDocument } from '@/lib/server/editions';
import { errorResponse, respond } from '@/lib/server/http';
import { isLang } from '@/lib/text/lang';

export const dynamic = 'force-dynamic';

/**
 * GET /api/documents/ID/export?lang=ar&format=html|md|docx|xliff|json[&inline=1]: the document in one
 * language as a download (inline=1 for the in-app preview). The HTML may not run scripts or load
 * anything but its own inline styles and fonts.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const q = request.nextUrl.searchParams;
  const lang = q.get('lang');
  const format = (q.get('format') ?? 'json') as ExportFormat;
  if (!isLang(lang)) return errorResponse('invalid-input', { field: 'lang' });
  if (!EXPORT_FORMATS.includes(format)) return errorResponse('invalid-input', { field: 'format' });
  return respond(await asCurrentActor((actor) => exportDocument(actor, id, lang, format)), (file) => {
    const headers: Record<string, string> = {
      'content-type': file.contentType,
      'content-disposition': `${q.get('inline') === '1' ? 'inline' : 'attachment'}; filename="${file.fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    };
    if (format === 'html') headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data: https:; base-uri 'none'; form-action 'none'";
    const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
    return new Response(body as BodyInit, { headers });
  });
}
