import { z } from 'zod';
import { AppError } from '../contract/app-error';
import { IdSchema } from '../contract/ids';
import type { ActionResult } from '../contract/result';
import { assignableUsers, listAssignments, setAssignment, type AssignmentRow } from '../db/assignments';
import { getDocument } from '../db/documents';
import { transaction } from '../db/sql';
import { getUser } from '../db/users';
import { targetLangs } from '../documents/target-langs';
import { LANGS } from '../text/lang';
import { act } from './act';
import { audit } from './audit';
import { can } from './policy';
import type { Actor } from './roles';

export type Assignment = AssignmentRow;

// who may hold each assignment: a translator's work may also be done by an editor or admin
const HOLDERS = { translator: ['translator', 'editor', 'admin'], editor: ['editor', 'admin'] } as const;

const AssignSchema = z.object({
  documentId: IdSchema,
  lang: z.enum(LANGS),
  role: z.enum(['translator', 'editor']),
  userId: z.string().min(1).max(200).nullable(),
});

async function documentOf(documentId: unknown) {
  const id = IdSchema.safeParse(documentId);
  const doc = id.success ? await getDocument(id.data) : null;
  if (!doc) throw new AppError('document-not-found', { id: String(documentId) });
  return doc;
}

/** Who works on which language of a document, the people who could, and whether the actor may change it. */
export function documentAssignments(actor: Actor, documentId: unknown): Promise<ActionResult<{ assignments: Assignment[]; candidates: { id: string; name: string; role: string }[]; canAssign: boolean }>> {
  return act(actor, 'document.read', async () => {
    const doc = await documentOf(documentId);
    const canAssign = can(actor, 'document.assign');
    const candidates = canAssign ? (await assignableUsers(HOLDERS.translator)).map(({ id, name, role }) => ({ id, name, role })) : [];
    return { assignments: await listAssignments(doc.id), candidates, canAssign };
  });
}

/** Says which translator or editor works on a target language of a document (null clears it); audited. */
export function assignDocument(actor: Actor, input: unknown): Promise<ActionResult<Assignment[]>> {
  return act(actor, 'document.assign', async () => {
    const parsed = AssignSchema.safeParse(input);
    if (!parsed.success) throw new AppError('invalid-input', { field: parsed.error.issues[0]?.path.join('.') ?? '' });
    const { lang, role, userId } = parsed.data;
    const doc = await documentOf(parsed.data.documentId);
    if (!targetLangs(doc.sourceLang).includes(lang)) throw new AppError('invalid-value', { field: 'lang' });
    if (userId !== null) {
      const user = await getUser(userId);
      if (!user || user.disabled || !user.email) throw new AppError('user-not-found', { email: userId });
      if (!(HOLDERS[role] as readonly string[]).includes(user.role)) throw new AppError('invalid-value', { field: 'userId', role: user.role });
    }
    await transaction(async (tx) => {
      await setAssignment({ documentId: doc.id, lang, role, userId, by: actor.id }, tx);
      await audit({ actor: actor.id, action: 'assign', subject: `document ${doc.id} ${lang}`, details: { role, user: userId } }, tx);
    });
    return listAssignments(doc.id);
  });
}
