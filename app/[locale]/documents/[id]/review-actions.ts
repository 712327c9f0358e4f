'use server';

import { asCurrentActor } from '@/lib/server/act';
import { reviewSegment, type ReviewInput } from '@/lib/server/review';

/** An editor's review step on one target (reviewed, approve, send back with a comment). */
export async function reviewSegmentAction(input: ReviewInput) {
  return asCurrentActor((actor) => reviewSegment(actor, input));
}
