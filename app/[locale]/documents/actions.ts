'use server';

import { z } from 'zod';
import { createDocument } from '@/lib/db/documents';
import { toAppError } from '@/lib/db/errors';
import { importDocument } from '@/lib/import/import-document';
import { ImportError } from '@/lib/import/import-error';
import { LANGS } from '@/lib/text/lang';

export type ImportResult = { ok: true; id: number } | { ok: false; code: string; params?: Record<string, string | number | boolean | null> };

const ImportSchema = z.object({
  sourceLang: z.enum(['auto', ...LANGS]),
  pasted: z.string().max(12 * 1024 * 1024),
  pastedType: z.enum(['text/plain', 'text/html', 'text/markdown']),
});

/** Imports an uploaded file or pasted text as a new document, all or nothing. */
export async function importDocumentAction(form: FormData): Promise<ImportResult> {
  const parsed = ImportSchema.safeParse({
    sourceLang: form.get('sourceLang') ?? 'auto',
    pasted: form.get('pasted') ?? '',
    pastedType: form.get('pastedType') || 'text/plain',
  });
  if (!parsed.success) return { ok: false, code: 'invalid-input' };
  const file = form.get('file');
  const { sourceLang, pasted, pastedType } = parsed.data;
  try {
    let input: { bytes: Uint8Array; fileName?: string; mimeType?: string };
    if (file instanceof File && file.size > 0) {
      input = { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, mimeType: file.type };
    } else if (pasted.trim() !== '') {
      input = { bytes: new TextEncoder().encode(pasted), mimeType: pastedType };
    } else if (file instanceof File && file.name !== '' && file.name !== 'blob') {
      return { ok: false, code: 'import-empty' };
    } else {
      return { ok: false, code: 'import-nothing' };
    }
    const draft = await importDocument({ ...input, sourceLang: sourceLang === 'auto' ? undefined : sourceLang });
    const id = await createDocument(draft);
    return { ok: true, id };
  } catch (err) {
    if (err instanceof ImportError) return { ok: false, code: err.code, params: err.params };
    console.error('import failed', err);
    return { ok: false, code: toAppError(err).code };
  }
}
