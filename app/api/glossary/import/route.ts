import { currentUserId } from '@/lib/db/glossary-access';
import { importGlossary } from '@/lib/db/glossary';
import { MAX_IMPORT_BYTES } from '@/lib/formats/format-error';
import { readGlossaryFile } from '@/lib/formats/glossary-file';
import { errorResponse, toErrorResponse } from '../_http';

export const dynamic = 'force-dynamic';

/**
 * POST /api/glossary/import (multipart, field `file`): a TBX or CSV/TSV glossary, all or nothing.
 * 413 over the size limit; a malformed file is 400 with the line and column in params.
 */
export async function POST(request: Request): Promise<Response> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  // the multipart envelope adds a little to the file's own size
  if (declared > MAX_IMPORT_BYTES + 64 * 1024) return errorResponse('file-too-large', { size: declared, limit: MAX_IMPORT_BYTES });
  try {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return errorResponse('invalid-input', { field: 'file' });
    }
    const file = form.get('file');
    if (!(file instanceof File)) return errorResponse('invalid-input', { field: 'file' });
    if (file.size > MAX_IMPORT_BYTES) return errorResponse('file-too-large', { size: file.size, limit: MAX_IMPORT_BYTES });
    const { format, concepts } = readGlossaryFile(new Uint8Array(await file.arrayBuffer()), file.name || 'upload');
    if (concepts.length === 0) return errorResponse('glossary-import-empty', { fileName: file.name });
    const result = await importGlossary(concepts, currentUserId());
    return Response.json({ format, concepts: concepts.length, ...result });
  } catch (err) {
    return toErrorResponse(err);
  }
}
