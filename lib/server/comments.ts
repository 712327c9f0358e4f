import { z } from 'zod';
import { AppError } from '../contract/app-error';
import { IdSchema } from '../contract/ids';
import type { ActionResult } from '../contract/result';
import { extractMentions } from '../comments/mentions';
import { COMMENT_LIMITS, type CommentTarget, type CommentThread } from '../comments/types';
import { commentThread, insertComment, listComments, openThreadCounts, setThreadResolved, targetExists, usersByHandle, type CommentRow } from '../db/comments';
import { notify } from '../db/notify';
import { segmentDocument } from '../db/segments';
import { transaction, type Tx } from '../db/sql';
import { LANGS } from '../text/lang';
import { act } from './act';
import type { Actor } from './actor';
import { authorize } from './policy';

export type { CommentTarget, CommentThread } from '../comments/types';

const TargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('segment'), segmentId: IdSchema, lang: z.enum(LANGS) }),
  z.object({ kind: z.literal('concept'), conceptId: z.string().min(1).max(200) }),
]);

const NewCommentSchema = z.object({ target: TargetSchema, body: z.string(), parentId: IdSchema.optional() });
export type NewCommentInput = { target: CommentTarget; body: string; parentId?: number };

function parseTarget(target: unknown): CommentTarget {
  const t = TargetSchema.safeParse(target);
  if (!t.success) throw new AppError('invalid-input', { field: 'target' });
  return t.data as CommentTarget;
}

const readAction = (t: CommentTarget) => (t.kind === 'segment' ? 'document.read' : 'glossary.read');
const missing = (t: CommentTarget) =>
  t.kind === 'segment' ? new AppError('segment-not-found', { id: t.segmentId }) : new AppError('glossary-concept-not-found', { id: t.conceptId });

/**
 * Tells every instance that a pane's comments changed (sent at commit): the document's open editors
 * update their counts. Concepts have no live page.
 */
async function announce(target: CommentTarget, tx: Tx): Promise<void> {
  if (target.kind !== 'segment') return;
  const at = await segmentDocument(target.segmentId);
  if (at) await notify('comments_changed', JSON.stringify({ documentId: at.documentId, segmentId: target.segmentId, lang: target.lang }), tx);
}

/** Threads in order of their first comment, each with its replies. */
function threads(rows: CommentRow[]): CommentThread[] {
  const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? id } : null);
  const view = (r: CommentRow) => ({ id: r.id, body: r.body, author: person(r.authorId, r.authorName)!, mentions: r.mentions, createdAt: r.createdAt });
  const byId = new Map<number, CommentThread>();
  for (const r of rows) {
    if (r.parentId === null) byId.set(r.id, { ...view(r), replies: [], resolvedAt: r.resolvedAt, resolvedBy: person(r.resolvedById, r.resolvedByName) });
    else byId.get(r.parentId)?.replies.push(view(r));
  }
  return [...byId.values()];
}

/** The comment threads on one language of a segment, or on a concept. */
export function listThreads(actor: Actor, target: unknown): Promise<ActionResult<CommentThread[]>> {
  return act(actor, [], async () => {
    const t = parseTarget(target);
    authorize(actor, readAction(t));
    return threads(await listComments(t));
  });
}

/**
 * Adds a comment as the actor: a new thread, or a reply to a thread on the same target (a reply to a
 * reply joins its thread). @mentions are resolved to users and stored; a reply reopens a resolved
 * thread. Answers the target's threads as they now are.
 */
export function addComment(actor: Actor, input: NewCommentInput): Promise<ActionResult<CommentThread[]>> {
  return act(actor, 'comment.write', async () => {
    const parsed = NewCommentSchema.safeParse(input);
    if (!parsed.success) throw new AppError('invalid-input', { field: parsed.error.issues[0]?.path.join('.') ?? '' });
    const target = parsed.data.target as CommentTarget;
    const body = parsed.data.body.trim();
    if (!body) throw new AppError('comment-empty');
    if (body.length > COMMENT_LIMITS.body) throw new AppError('comment-too-long', { max: COMMENT_LIMITS.body });
    return transaction(async (tx) => {
      if (!(await targetExists(target, tx))) throw missing(target);
      let parentId: number | null = null;
      if (parsed.data.parentId !== undefined) {
        const parent = await commentThread(parsed.data.parentId, tx);
        if (!parent || JSON.stringify(parent.target) !== JSON.stringify(target)) throw new AppError('comment-not-found', { id: parsed.data.parentId });
        parentId = parent.threadId;
      }
      const mentioned = await usersByHandle(extractMentions(body), tx);
      await insertComment({ target, parentId, body, mentions: mentioned.map((u) => u.id), author: actor.id }, tx);
      if (parentId !== null) await setThreadResolved(parentId, null, tx);
      await announce(target, tx);
      return threads(await listComments(target, tx));
    });
  });
}

/** Resolves a thread (or reopens it); any comment of the thread names it. Answers the target's threads. */
export function resolveThread(actor: Actor, commentId: unknown, resolved: boolean): Promise<ActionResult<CommentThread[]>> {
  return act(actor, 'comment.resolve', async () => {
    const id = IdSchema.safeParse(commentId);
    if (!id.success) throw new AppError('invalid-input', { field: 'commentId' });
    return transaction(async (tx) => {
      const thread = await commentThread(id.data, tx);
      if (!thread) throw new AppError('comment-not-found', { id: id.data });
      await setThreadResolved(thread.threadId, resolved ? actor.id : null, tx);
      await announce(thread.target, tx);
      return threads(await listComments(thread.target, tx));
    });
  });
}

/** Open and total thread counts per segment and language of a document, keyed `segmentId:lang`. */
export function documentCommentCounts(actor: Actor, documentId: unknown): Promise<ActionResult<Record<string, { open: number; total: number }>>> {
  return act(actor, 'document.read', async () => {
    const id = IdSchema.safeParse(documentId);
    if (!id.success) throw new AppError('invalid-input', { field: 'documentId' });
    const rows = await openThreadCounts(id.data);
    return Object.fromEntries(rows.map((r) => [`${r.segmentId}:${r.lang}`, { open: r.open, total: r.total }]));
  });
}
