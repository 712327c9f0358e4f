import type { NextRequest } from 'next/server';
import { exportDocument, EXPORT_FORMATS, type ExportFormat } from '@/lib/db/document-export';
import { AppError, toAppError } from '@/lib/db/errors';
import { isLang } from '@/lib/text/lang';

export const dynamic = 'force-dynamic';

const fail = (status: number, error: string, params: Record<string, unknown> = {}) => Response.json({ error, params }, { status });

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
  if (!/^\d{1,15}$/.test(id)) return fail(404, 'document-not-found', { id });
  if (!isLang(lang)) return fail(400, 'invalid-input', { field: 'lang' });
  if (!EXPORT_FORMATS.includes(format)) return fail(400, 'invalid-input', { field: 'format' });
  try {
    const file = await exportDocument(id, lang, format);
    if (!file) return fail(404, 'document-not-found', { id });
    const headers: Record<string, string> = {
      'content-type': file.contentType,
      'content-disposition': `${q.get('inline') === '1' ? 'inline' : 'attachment'}; filename="${file.fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    };
    if (format === 'html') headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data: https:; base-uri 'none'; form-action 'none'";
    const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
    return new Response(body as BodyInit, { headers });
  } catch (err) {
    const e = toAppError(err);
    if (!(err instanceof AppError)) console.error('export failed', err);
    return fail(e.code === 'internal' ? 500 : 400, e.code, e.params);
  }
}
