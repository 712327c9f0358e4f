import { z } from 'zod';
import { AppError } from '../contract/app-error';
import { IdSchema } from '../contract/ids';
import type { ActionResult } from '../contract/result';
import { presentIn, removePresence, sweepPresence, upsertPresence } from '../db/live';
import { notify } from '../db/notify';
import { PRESENCE_TTL_S, type PresentPerson } from '../live/types';
import { LANGS } from '../text/lang';
import { act } from './act';
import type { Actor } from './actor';

/** A client id: made by the browser tab, letters, digits and dashes. */
export const ClientIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/u);

const HeartbeatSchema = z.object({
  documentId: IdSchema,
  clientId: ClientIdSchema,
  segmentId: IdSchema.nullable().optional(),
  lang: z.enum(LANGS).nullable().optional(),
});

const SWEEP_EVERY_MS = 60_000;
let lastSweep = 0;

/**
 * An editor tab says it is in a document, and at which pane (none when only reading). Every app
 * instance hears of it (NOTIFY `presence_changed`) and tells its editors of that document.
 */
export function heartbeat(actor: Actor, input: unknown): Promise<ActionResult<void>> {
  return act(actor, 'document.read', async () => {
    const p = HeartbeatSchema.safeParse(input);
    if (!p.success) throw new AppError('invalid-input', { field: p.error.issues[0]?.path.join('.') ?? '' });
    const at = p.data.segmentId && p.data.lang ? { segmentId: p.data.segmentId, lang: p.data.lang } : { segmentId: null, lang: null };
    const stored = await upsertPresence({ clientId: p.data.clientId, documentId: p.data.documentId, userId: actor.id, ...at });
    if (!stored) throw new AppError('forbidden', { action: 'presence', role: actor.role });
    await notify('presence_changed', String(p.data.documentId));
    // rows of tabs that vanished (a killed instance, a closed laptop) go after four TTLs, once a minute per instance
    if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
      lastSweep = Date.now();
      await sweepPresence(PRESENCE_TTL_S * 4);
    }
  });
}

/** An editor tab left (its events stream closed): it is no longer shown as present. */
export function leaveDocument(actor: Actor, clientId: unknown): Promise<ActionResult<void>> {
  return act(actor, 'document.read', async () => {
    const id = ClientIdSchema.safeParse(clientId);
    if (!id.success) throw new AppError('invalid-input', { field: 'clientId' });
    const documentId = await removePresence(id.data, actor.id);
    if (documentId !== null) await notify('presence_changed', String(documentId));
  });
}

/** Who has a document open now, and where each one is. */
export function documentPresence(actor: Actor, documentId: unknown): Promise<ActionResult<PresentPerson[]>> {
  return act(actor, 'document.read', async () => {
    const id = IdSchema.safeParse(documentId);
    if (!id.success) throw new AppError('invalid-input', { field: 'documentId' });
    return presentIn(id.data, PRESENCE_TTL_S);
  });
}
