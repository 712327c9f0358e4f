import type { NextRequest } from 'next/server';
import { asCurrentActor } from '@/lib/server/act';
import { errorResponse, respond } from '@/lib/server/http';
import { exportTmxStream } from '@/lib/server/tm';
import { isLang } from '@/lib/text/lang';

export const dynamic = 'force-dynamic';

/** GET /api/tm/export?source=en&target=ar[&memory=NAME]: the units of one language pair as a TMX 1.4b download, streamed as it is read. */
export async function GET(request: NextRequest): Promise<Response> {
  const q = request.nextUrl.searchParams;
  const source = q.get('source');
  const target = q.get('target');
  if (!isLang(source)) return errorResponse('invalid-input', { field: 'source' });
  if (!isLang(target)) return errorResponse('invalid-input', { field: 'target' });
  const memory = q.get('memory') ?? undefined;
  return respond(await asCurrentActor((actor) => exportTmxStream(actor, { source, target, memory })), (file) => {
    const name = `${(memory ?? 'tarjuman').replace(/[^\p{L}\p{N}._-]+/gu, '-')}-${source}-${target}.tmx`;
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await file.chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await file.chunks.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        'content-type': 'application/x-tmx+xml; charset=utf-8',
        'content-disposition': `attachment; filename="${source}-${target}.tmx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
