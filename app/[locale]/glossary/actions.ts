'use server';

import { revalidatePath } from 'next/cache';
import { failure, type ActionResult } from '@/lib/contract/result';
import { MAX_IMPORT_BYTES } from '@/lib/formats/format-error';
import { asCurrentActor } from '@/lib/server/act';
import { createConcept, deleteConcept, importGlossary, restoreConcept, updateConcept } from '@/lib/server/glossary';
import { approveProposal, proposeConcept, rejectProposal } from '@/lib/server/glossary-proposals';

// The glossary pages change the glossary through these server actions, as the editor does: the same
// use cases as the JSON API (docs/server.md says why the UI uses actions and not the API).

const refresh = <T, C>(r: ActionResult<T, C>): ActionResult<T, C> => {
  if (r.ok) revalidatePath('/[locale]/glossary', 'layout');
  return r;
};

export async function createConceptAction(concept: unknown) {
  return refresh(await asCurrentActor((actor) => createConcept(actor, concept)));
}

export async function updateConceptAction(id: string, concept: unknown, baseVersion: number) {
  return refresh(await asCurrentActor((actor) => updateConcept(actor, id, concept, baseVersion)));
}

export async function deleteConceptAction(id: string) {
  return refresh(await asCurrentActor((actor) => deleteConcept(actor, id)));
}

export async function restoreConceptAction(id: string) {
  return refresh(await asCurrentActor((actor) => restoreConcept(actor, id)));
}

/** Imports an uploaded TBX or CSV/TSV glossary, all or nothing. */
export async function importGlossaryAction(form: FormData) {
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return failure(file instanceof File && file.name ? 'file-empty' : 'glossary-import-nothing');
  if (file.size > MAX_IMPORT_BYTES) return failure('file-too-large', { size: file.size, limit: MAX_IMPORT_BYTES });
  const bytes = new Uint8Array(await file.arrayBuffer());
  return refresh(await asCurrentActor((actor) => importGlossary(actor, { bytes, fileName: file.name })));
}

/** A translator proposes a new concept; it waits for an editor. */
export async function proposeConceptAction(concept: unknown) {
  return refresh(await asCurrentActor((actor) => proposeConcept(actor, { concept })));
}

/** An editor approves a proposal (the concept is created or changed). */
export async function approveProposalAction(id: number) {
  return refresh(await asCurrentActor((actor) => approveProposal(actor, id)));
}

/** An editor rejects a proposal, with an optional reason. */
export async function rejectProposalAction(id: number, reason: string) {
  return refresh(await asCurrentActor((actor) => rejectProposal(actor, id, reason)));
}
