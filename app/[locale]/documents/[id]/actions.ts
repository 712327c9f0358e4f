'use server';

import { asCurrentActor } from '@/lib/server/act';
import { createConcept } from '@/lib/server/glossary';
import { proposeConcept } from '@/lib/server/glossary-proposals';
import { can } from '@/lib/server/policy';
import type { StoredConcept } from '@/lib/terms/glossary-views';
import { documentQaSummaries, mergeSegments, saveSegment, segmentRevisions, splitSegment, type SaveSegmentInput } from '@/lib/server/segments';
import type { NewConceptInput } from '@/components/editor/editor-grid-context';

/** Autosave of one pane; a stale base version comes back as `conflict` with the stored text, a save with the document's QA. */
export async function saveSegmentAction(input: SaveSegmentInput) {
  return asCurrentActor((actor) => saveSegment(actor, input));
}

/** The document's QA, asked for once the editor is open (it takes the server a while on a long document). */
export async function documentQaAction(documentId: number) {
  return asCurrentActor((actor) => documentQaSummaries(actor, documentId));
}

export async function mergeSegmentAction(documentId: number, segmentId: number) {
  return asCurrentActor((actor) => mergeSegments(actor, documentId, segmentId));
}

export async function splitSegmentAction(documentId: number, segmentId: number, offset: number) {
  return asCurrentActor((actor) => splitSegment(actor, documentId, segmentId, offset));
}

export async function revisionsAction(segmentId: number) {
  return asCurrentActor((actor) => segmentRevisions(actor, segmentId));
}

/** "Add to glossary" from the editor: a concept whose terms are preferred, through the same use case and limits as the glossary pages. */
export async function createConceptAction(input: NewConceptInput) {
  const terms = Array.isArray(input?.terms) ? input.terms.map((t) => ({ lang: t?.lang, text: t?.text, status: 'preferred' })) : input?.terms;
  const concept = { terms, subjectField: input?.subjectField, definitions: input?.definition ? { en: input.definition } : undefined };
  return asCurrentActor<StoredConcept | { proposed: true }>(async (actor) => {
    // a translator's new term waits for an editor (issue 12): the same form sends a proposal
    if (!can(actor, 'glossary.edit') && can(actor, 'glossary.propose')) {
      const r = await proposeConcept(actor, { concept });
      return r.ok ? { ok: true as const, value: { proposed: true as const } } : r;
    }
    return createConcept(actor, concept);
  });
}
