'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { AppError, toAppError } from '@/lib/db/errors';
import { runDocumentQa } from '@/lib/db/qa';
import { acceptFinding, revokeAcceptance } from '@/lib/db/qa-acceptances';
import { findingKey } from '@/lib/qa/run';
import { LANGS } from '@/lib/text/lang';

export type QaActionState = { ok: boolean; error?: string; params?: Record<string, string | number> } | null;

const Input = z.object({
  documentId: z.coerce.number().int().positive(),
  lang: z.enum(LANGS),
  key: z.string().min(1).max(4000),
  reason: z.string().max(10_000).optional(),
});

function parse(form: FormData) {
  return Input.safeParse({ documentId: form.get('documentId'), lang: form.get('lang'), key: form.get('key'), reason: form.get('reason') ?? undefined });
}

function failure(err: unknown): QaActionState {
  if (!(err instanceof AppError)) console.error('QA action failed', err);
  const e = toAppError(err);
  return { ok: false, error: e.code, params: e.params };
}

/** Accepts the finding with this key (re-found on the server, so its params are the real ones) with a reason. */
export async function acceptFindingAction(_prev: QaActionState, form: FormData): Promise<QaActionState> {
  const p = parse(form);
  if (!p.success) return { ok: false, error: 'invalid-input' };
  try {
    const qa = await runDocumentQa(p.data.documentId, p.data.lang);
    const finding = qa?.findings.find((f) => findingKey(f) === p.data.key);
    if (!finding) return { ok: false, error: 'qa-finding-not-found' };
    await acceptFinding({ documentId: p.data.documentId, lang: p.data.lang, finding, reason: p.data.reason ?? '' });
  } catch (err) {
    return failure(err);
  }
  revalidatePath('/[locale]/documents/[id]', 'layout');
  return { ok: true };
}

/** Withdraws the acceptance of the finding with this key. */
export async function revokeAcceptanceAction(_prev: QaActionState, form: FormData): Promise<QaActionState> {
  const p = parse(form);
  if (!p.success) return { ok: false, error: 'invalid-input' };
  try {
    await revokeAcceptance({ documentId: p.data.documentId, lang: p.data.lang, key: p.data.key });
  } catch (err) {
    return failure(err);
  }
  revalidatePath('/[locale]/documents/[id]', 'layout');
  return { ok: true };
}
