'use server';

// Comments on a segment's pane (the editor) and on a concept (its page): one set of actions for both.

import type { CommentTarget } from '@/lib/comments/types';
import { asCurrentActor } from '@/lib/server/act';
import { addComment, listThreads, resolveThread } from '@/lib/server/comments';

/** The threads on a segment's pane or a concept. */
export async function threadsAction(target: CommentTarget) {
  return asCurrentActor((actor) => listThreads(actor, target));
}

/** A new thread, or a reply when `parentId` is set; answers the target's threads. */
export async function addCommentAction(input: { target: CommentTarget; body: string; parentId?: number }) {
  return asCurrentActor((actor) => addComment(actor, input));
}

/** Resolves or reopens a thread; answers the target's threads. */
export async function resolveThreadAction(commentId: number, resolved: boolean) {
  return asCurrentActor((actor) => resolveThread(actor, commentId, resolved === true));
}
