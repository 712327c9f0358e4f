'use server';

import { revalidatePath } from 'next/cache';
import { asCurrentActor } from '@/lib/server/act';
import { findInDocument, replaceInDocument, type FindInput, type ReplaceInput } from '@/lib/server/replace';

/** Every hit of the query in one language of the document, with what replace-all would leave. */
export async function findAction(input: FindInput, replacement?: string) {
  return asCurrentActor((actor) => findInDocument(actor, input, typeof replacement === 'string' ? replacement : ''));
}

/** Replace-all over the previewed segments; the editor and its history show the new revisions. */
export async function replaceAllAction(input: ReplaceInput) {
  const r = await asCurrentActor((actor) => replaceInDocument(actor, input));
  if (r.ok && r.value.changedSegments > 0) revalidatePath('/[locale]/documents/[id]', 'layout');
  return r;
}
