import { MAX_IMPORT_BYTES } from '@/lib/formats/format-error';
import { asCurrentActor } from '@/lib/server/act';
import { importGlossary } from '@/lib/server/glossary';
import { errorResponse, respond } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

/**
 * POST /api/glossary/import (multipart, field `file`): a TBX or CSV/TSV glossary, all or nothing.
 * 413 over the size limit; a malformed file is 400 with the line and column in params.
 */
export async function POST(request: Request): Promise<Response> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  // the multipart envelope adds a little to the file's own size
  if (declared > MAX_IMPORT_BYTES + 64 * 1024) return errorResponse('file-too-large', { size: declared, limit: MAX_IMPORT_BYTES });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return errorResponse('invalid-input', { field: 'file' });
  }
  const file = form.get('file');
  if (!(file instanceof File)) return errorResponse('invalid-input', { field: 'file' });
  if (file.size > MAX_IMPORT_BYTES) return errorResponse('file-too-large', { size: file.size, limit: MAX_IMPORT_BYTES });
  const bytes = new Uint8Array(await file.arrayBuffer());
  return respond(await asCurrentActor((actor) => importGlossary(actor, { bytes, fileName: file.name || 'upload' })));
}
