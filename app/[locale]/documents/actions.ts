'use server';

import { z } from 'zod';
import { failure } from '@/lib/contract/result';
import { asCurrentActor } from '@/lib/server/act';
import { importDocument } from '@/lib/server/documents';
import { LANGS } from '@/lib/text/lang';

const ImportSchema = z.object({
  sourceLang: z.enum(['auto', ...LANGS]),
  pasted: z.string().max(12 * 1024 * 1024),
  pastedType: z.enum(['text/plain', 'text/html', 'text/markdown']),
});

/** Imports an uploaded file or pasted text as a new document, all or nothing. */
export async function importDocumentAction(form: FormData) {
  const parsed = ImportSchema.safeParse({
    sourceLang: form.get('sourceLang') ?? 'auto',
    pasted: form.get('pasted') ?? '',
    pastedType: form.get('pastedType') || 'text/plain',
  });
  if (!parsed.success) return failure('invalid-input');
  const file = form.get('file');
  const { sourceLang, pasted, pastedType } = parsed.data;
  let input: { bytes: Uint8Array; fileName?: string; mimeType?: string };
  if (file instanceof File && file.size > 0) input = { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, mimeType: file.type };
  else if (pasted.trim() !== '') input = { bytes: new TextEncoder().encode(pasted), mimeType: pastedType };
  else if (file instanceof File && file.name !== '' && file.name !== 'blob') return failure('import-empty');
  else return failure('import-nothing');
  return asCurrentActor((actor) => importDocument(actor, { ...input, sourceLang: sourceLang === 'auto' ? undefined : sourceLang }));
}
