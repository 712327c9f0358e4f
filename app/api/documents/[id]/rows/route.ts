import type { NextRequest } from 'next/server';
import { asCurrentActor } from '@/lib/server/act';
import { respond } from '@/lib/server/http';
import { documentRows, ROWS_LIMIT } from '@/lib/server/segments';

export const dynamic = 'force-dynamic';

/**
 * GET /api/documents/ID/rows?offset=N[&limit=M]: the document's rows from N on (at most 500), as the
 * editor shows them. A GET rather than a server action: the editor asks for all chunks at once (server
 * actions run one at a time), and the page tells the browser to start them while it loads its script.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const q = request.nextUrl.searchParams;
  const offset = Number(q.get('offset') ?? 'NaN');
  const limit = Number(q.get('limit') ?? ROWS_LIMIT);
  return respond(await asCurrentActor((actor) => documentRows(actor, id, offset, limit)), (rows) =>
    Response.json(rows, { headers: { 'cache-control': 'private, no-cache' } }),
  );
}
