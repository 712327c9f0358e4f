'use server';

import type { CommentTarget } from '@/lib/comments/types';
import { asCurrentActor } from '@/lib/server/act';
import { addComment, listThreads, resolveThread } from '@/lib/server/comments';
import { restoreRevision, segmentHistory } from '@/lib/server/history';

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

/** A segment's history with names and word diffs, and each pane's current version. */
export async function historyAction(segmentId: number) {
  return asCurrentActor((actor) => segmentHistory(actor, segmentId));
}

/** Restores an earlier text as a new revision on top of `baseVersion`. */
export async function restoreRevisionAction(input: { revisionId: number; baseVersion: number }) {
  return asCurrentActor((actor) => restoreRevision(actor, input));
}
