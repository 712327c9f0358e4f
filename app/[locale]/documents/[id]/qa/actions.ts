'use server';

import { revalidatePath } from 'next/cache';
import { failure, type ActionResult } from '@/lib/contract/result';
import { asCurrentActor } from '@/lib/server/act';
import { acceptFindings, type BatchAccepted } from '@/lib/server/qa-batch';

export type BatchState = ActionResult<BatchAccepted> | null;

/** Accepts the checked findings (values `[lang, key]` as JSON) with one reason, all or nothing. */
export async function batchAcceptAction(_prev: BatchState, form: FormData): Promise<BatchState> {
  const items: unknown[] = [];
  for (const v of form.getAll('item')) {
    try {
      const [lang, key] = JSON.parse(String(v)) as [unknown, unknown];
      items.push({ lang, key });
    } catch {
      return failure('invalid-input', { field: 'item' });
    }
  }
  const r = await asCurrentActor((actor) => acceptFindings(actor, form.get('documentId'), { items, reason: form.get('reason') }));
  if (r.ok) revalidatePath('/[locale]/documents/[id]', 'layout');
  return r;
}
