'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { IdSchema } from '@/lib/contract/ids';
import { failure, type ActionResult } from '@/lib/contract/result';
import type { XliffImportReport } from '@/lib/formats/document-xliff';
import { MAX_IMPORT_BYTES } from '@/lib/formats/format-error';
import { asCurrentActor } from '@/lib/server/act';
import { importXliff, publishEdition, saveEditionStyle } from '@/lib/server/editions';
import { LANGS } from '@/lib/text/lang';

export type EditionActionState = ActionResult<unknown> | ActionResult<XliffImportReport> | null;

const Target = z.object({ documentId: IdSchema, lang: z.enum(LANGS) });
const target = (form: FormData) => Target.safeParse({ documentId: form.get('documentId'), lang: form.get('lang') });

const refresh = <T,>(r: ActionResult<T>): ActionResult<T> => {
  if (r.ok) revalidatePath('/[locale]/documents/[id]', 'layout');
  return r;
};

/** Saves the house style chosen in the form (unset selects fall back to the language's defaults). */
export async function saveStyleAction(_prev: EditionActionState, form: FormData): Promise<EditionActionState> {
  const t = target(form);
  if (!t.success) return failure('invalid-input');
  const style: Record<string, unknown> = {};
  for (const name of ['dateFormat', 'digits', 'calendar', 'quotes'] as const) {
    const v = form.get(name);
    if (typeof v === 'string' && v !== '') style[name] = v;
  }
  style.isolateLatin = form.get('isolateLatin') === 'on';
  return refresh(await asCurrentActor((actor) => saveEditionStyle(actor, t.data.documentId, t.data.lang, style)));
}

/** Publishes the edition; the QA gate refuses while errors are open unless an override reason is given. */
export async function publishAction(_prev: EditionActionState, form: FormData): Promise<EditionActionState> {
  const t = target(form);
  if (!t.success) return failure('invalid-input');
  const reason = form.get('overrideReason');
  return refresh(await asCurrentActor((actor) => publishEdition(actor, { ...t.data, overrideReason: typeof reason === 'string' ? reason : null })));
}

/** Imports a translated XLIFF file back into the document (edited targets become revisions). */
export async function importXliffAction(_prev: EditionActionState, form: FormData): Promise<EditionActionState> {
  const t = target(form);
  if (!t.success) return failure('invalid-input');
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return failure(file instanceof File && file.name ? 'file-empty' : 'xliff-no-file');
  if (file.size > MAX_IMPORT_BYTES) return failure('file-too-large', { size: file.size, limit: MAX_IMPORT_BYTES });
  const bytes = new Uint8Array(await file.arrayBuffer());
  return refresh(await asCurrentActor((actor) => importXliff(actor, { ...t.data, bytes })));
}
