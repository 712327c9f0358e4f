import type { NextRequest } from 'next/server';
import { listConceptsForExport } from '@/lib/db/glossary';
import { writeGlossaryCsv } from '@/lib/formats/glossary-csv';
import { writeTbx } from '@/lib/formats/tbx';
import { errorResponse, toErrorResponse } from '../_http';

export const dynamic = 'force-dynamic';

/** GET /api/glossary/export?format=tbx|csv: the whole live glossary as a download. */
export async function GET(request: NextRequest): Promise<Response> {
  const format = request.nextUrl.searchParams.get('format') ?? 'tbx';
  if (format !== 'tbx' && format !== 'csv') return errorResponse('invalid-input', { field: 'format' });
  try {
    const concepts = await listConceptsForExport();
    const body = format === 'tbx' ? writeTbx(concepts) : `\uFEFF${writeGlossaryCsv(concepts)}`;
    const date = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        'content-type': format === 'tbx' ? 'application/x-tbx+xml; charset=utf-8' : 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="tarjuman-glossary-${date}.${format}"`,
      },
    });
  } catch (err) {
    return toErrorResponse(err);
  }
}
