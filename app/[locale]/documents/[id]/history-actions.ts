'use server';

import { asCurrentActor } from '@/lib/server/act';
import { restoreRevision, segmentHistory } from '@/lib/server/history';

/** A segment's history with names and word diffs, and each pane's current version. */
export async function historyAction(segmentId: number) {
  return asCurrentActor((actor) => segmentHistory(actor, segmentId));
}

/** Restores an earlier text as a new revision on top of `baseVersion`. */
export async function restoreRevisionAction(input: { revisionId: number; baseVersion: number }) {
  return asCurrentActor((actor) => restoreRevision(actor, input));
}
