'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { importDocumentXliff, type XliffImportReport } from '@/lib/db/document-xliff';
import { AppError, toAppError } from '@/lib/db/errors';
import { publishEdition, saveEditionStyle } from '@/lib/db/publications';
import { FormatError, MAX_IMPORT_BYTES } from '@/lib/formats/format-error';
import { LANGS } from '@/lib/text/lang';

export type EditionActionState = { ok: boolean; error?: string; params?: Record<string, string | number>; report?: XliffImportReport } | null;

const Target = z.object({ documentId: z.coerce.number().int().positive(), lang: z.enum(LANGS) });
const target = (form: FormData) => Target.safeParse({ documentId: form.get('documentId'), lang: form.get('lang') });

function failure(err: unknown): EditionActionState {
  if (err instanceof FormatError) {
    const params: Record<string, string | number> = { rule: '' };
    for (const [k, v] of Object.entries(err.params ?? {})) params[k] = typeof v === 'number' ? v : String(v);
    return { ok: false, error: err.code, params };
  }
  if (!(err instanceof AppError)) console.error('edition action failed', err);
  const e = toAppError(err);
  return { ok: false, error: e.code, params: e.params };
}

const refresh = () => revalidatePath('/[locale]/documents/[id]', 'layout');

/** Saves the house style chosen in the form (unset selects fall back to the language's defaults). */
export async function saveStyleAction(_prev: EditionActionState, form: FormData): Promise<EditionActionState> {
  const t = target(form);
  if (!t.success) return { ok: false, error: 'invalid-input' };
  const style: Record<string, unknown> = {};
  for (const name of ['dateFormat', 'digits', 'calendar', 'quotes'] as const) {
    const v = form.get(name);
    if (typeof v === 'string' && v !== '') style[name] = v;
  }
  style.isolateLatin = form.get('isolateLatin') === 'on';
  try {
    await saveEditionStyle(t.data.documentId, t.data.lang, style);
  } catch (err) {
    return failure(err);
  }
  refresh();
  return { ok: true };
}

/** Publishes the edition; the QA gate refuses while errors are open unless an override reason is given. */
export async function publishAction(_prev: EditionActionState, form: FormData): Promise<EditionActionState> {
  const t = target(form);
  const reason = form.get('overrideReason');
  if (!t.success) return { ok: false, error: 'invalid-input' };
  try {
    await publishEdition({ ...t.data, overrideReason: typeof reason === 'string' ? reason : null });
  } catch (err) {
    return failure(err);
  }
  refresh();
  return { ok: true };
}

/** Imports a translated XLIFF file back into the document (edited targets become revisions). */
export async function importXliffAction(_prev: EditionActionState, form: FormData): Promise<EditionActionState> {
  const t = target(form);
  if (!t.success) return { ok: false, error: 'invalid-input' };
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return { ok: false, error: file instanceof File && file.name ? 'file-empty' : 'xliff-no-file' };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: 'file-too-large' };
  try {
    const report = await importDocumentXliff({ ...t.data, bytes: new Uint8Array(await file.arrayBuffer()) });
    refresh();
    return { ok: true, report };
  } catch (err) {
    return failure(err);
  }
}
