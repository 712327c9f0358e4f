'use server';

import { asCurrentActor } from '@/lib/server/act';
import { assignDocument } from '@/lib/server/assignments';
import { reviewSegment, type ReviewInput } from '@/lib/server/review';

/** An editor's review step on one target (reviewed, approve, send back with a comment). */
export async function reviewSegmentAction(input: ReviewInput) {
  return asCurrentActor((actor) => reviewSegment(actor, input));
}

/** Says which translator or editor works on a language of the document (null clears it). */
export async function assignDocumentAction(input: { documentId: number; lang: string; role: 'translator' | 'editor'; userId: string | null }) {
  return asCurrentActor((actor) => assignDocument(actor, input));
}
