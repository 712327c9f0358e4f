import { asCurrentActor } from '@/lib/server/act';
import { plainDocument } from '@/lib/server/documents-plain';
import { respond } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

/** GET /api/documents/ID/plain: the document's rows as static HTML, no script (the editor benchmark's yardstick). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return respond(await asCurrentActor((actor) => plainDocument(actor, id)), (html) =>
    new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" } }),
  );
}
