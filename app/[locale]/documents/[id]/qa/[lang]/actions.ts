'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { IdSchema } from '@/lib/contract/ids';
import { failure, type ActionResult } from '@/lib/contract/result';
import { asCurrentActor } from '@/lib/server/act';
import { acceptFinding, revokeAcceptance } from '@/lib/server/document-qa';
import { LANGS } from '@/lib/text/lang';

export type QaActionState = ActionResult<unknown> | null;

const Input = z.object({
  documentId: IdSchema,
  lang: z.enum(LANGS),
  key: z.string().min(1).max(4000),
  reason: z.string().max(10_000).optional(),
});

function parse(form: FormData) {
  return Input.safeParse({ documentId: form.get('documentId'), lang: form.get('lang'), key: form.get('key'), reason: form.get('reason') ?? undefined });
}

const refresh = (r: ActionResult<unknown>): QaActionState => {
  if (r.ok) revalidatePath('/[locale]/documents/[id]', 'layout');
  return r;
};

/** Accepts the finding with this key (re-found on the server, so its params are the real ones) with a reason. */
export async function acceptFindingAction(_prev: QaActionState, form: FormData): Promise<QaActionState> {
  const p = parse(form);
  if (!p.success) return failure('invalid-input');
  return refresh(await asCurrentActor((actor) => acceptFinding(actor, { ...p.data, reason: p.data.reason ?? '' })));
}

/** Withdraws the acceptance of the finding with this key. */
export async function revokeAcceptanceAction(_prev: QaActionState, form: FormData): Promise<QaActionState> {
  const p = parse(form);
  if (!p.success) return failure('invalid-input');
  return refresh(await asCurrentActor((actor) => revokeAcceptance(actor, p.data)));
}
