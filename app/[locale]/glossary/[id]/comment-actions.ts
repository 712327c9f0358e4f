'use server';

import type { CommentTarget } from '@/lib/comments/types';
import { asCurrentActor } from '@/lib/server/act';
import { addComment, listThreads, resolveThread } from '@/lib/server/comments';

/** The threads on a concept. */
export async function conceptThreadsAction(target: CommentTarget) {
  return asCurrentActor((actor) => listThreads(actor, target));
}

/** A new thread on a concept, or a reply; answers the concept's threads. */
export async function addConceptCommentAction(input: { target: CommentTarget; body: string; parentId?: number }) {
  return asCurrentActor((actor) => addComment(actor, input));
}

/** Resolves or reopens a thread on a concept. */
export async function resolveConceptThreadAction(commentId: number, resolved: boolean) {
  return asCurrentActor((actor) => resolveThread(actor, commentId, resolved === true));
}
