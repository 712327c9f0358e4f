import { z } from 'zod';
import { AppError } from '../contract/app-error';
import { parseId } from '../contract/ids';
import type { ActionResult } from '../contract/result';
import { getConcept as conceptRow, lockConcept } from '../db/glossary';
import { decideProposal, getProposal, insertProposal, listProposals, lockProposal, type ProposalRow } from '../db/glossary-proposals';
import { writeConcepts } from '../db/glossary-write';
import { transaction } from '../db/sql';
import { checkConcept, newConceptId } from '../terms/concept-schema';
import type { StoredConcept } from '../terms/glossary-views';
import type { Lang } from '../text/lang';
import { act } from './act';
import type { Actor } from './roles';

// an id from outside, or `invalid-input`
function idOf(value: unknown): number {
  const id = parseId(value);
  if (id === null) throw new AppError('invalid-input', { field: 'id' });
  return id;
}

export type GlossaryProposal = ProposalRow;

const ReasonSchema = z.string().trim().max(2000);

/**
 * A translator proposes a new concept (no `conceptId`) or a change to one (`conceptId` and the
 * `baseVersion` it was read at). Checked against the one concept schema now; it waits for an editor.
 */
export function proposeConcept(actor: Actor, input: { concept: unknown; conceptId?: string | null; baseVersion?: number | null }): Promise<ActionResult<GlossaryProposal>> {
  return act(actor, 'glossary.propose', async () => {
    const raw = input.concept as { id?: unknown; terms?: { lang: Lang; text: string }[] } | null;
    if (input.conceptId) {
      const stored = await conceptRow(input.conceptId);
      if (!stored || stored.deletedAt) throw new AppError('glossary-concept-not-found', { id: input.conceptId });
      const concept = checkConcept(input.concept, stored.id);
      const id = await insertProposal({ kind: 'update', conceptId: stored.id, baseVersion: input.baseVersion ?? stored.version, concept, proposedBy: actor.id });
      return (await getProposal(id))!;
    }
    const given = typeof raw?.id === 'string' ? raw.id.trim() : '';
    const concept = checkConcept(input.concept, given || newConceptId(Array.isArray(raw?.terms) ? raw.terms.filter((t) => typeof t?.text === 'string') : []));
    const id = await insertProposal({ kind: 'create', conceptId: null, baseVersion: null, concept, proposedBy: actor.id });
    return (await getProposal(id))!;
  });
}

/** The proposals waiting for an editor, oldest first, naming who proposed them. */
export function pendingProposals(actor: Actor): Promise<ActionResult<GlossaryProposal[]>> {
  return act(actor, 'glossary.read', () => listProposals('pending'));
}

/**
 * An editor approves a proposal: the concept is created or changed as proposed, in the same
 * transaction that marks it approved (the glossary history names the approving editor). A change
 * proposed on an older version than the stored one is refused with `glossary-version-conflict`.
 */
export function approveProposal(actor: Actor, proposalId: unknown): Promise<ActionResult<StoredConcept>> {
  return act(actor, 'glossary.edit', () =>
    transaction(async (tx) => {
      const p = await lockProposal(tx, idOf(proposalId));
      if (!p) throw new AppError('proposal-not-found', { id: String(proposalId) });
      if (p.status !== 'pending') throw new AppError('proposal-decided', { id: p.id, status: p.status });
      const concept = checkConcept(p.concept, p.conceptId ?? p.concept.id);
      const stored = await lockConcept(tx, concept.id);
      if (p.kind === 'create') {
        if (stored) throw new AppError('glossary-concept-exists', { id: concept.id });
        await writeConcepts(tx, [{ concept, before: null, action: 'create' }], actor.id);
      } else {
        if (!stored || stored.deletedAt) throw new AppError('glossary-concept-not-found', { id: concept.id });
        if (stored.version !== p.baseVersion) throw new AppError('glossary-version-conflict', { id: concept.id, version: stored.version });
        await writeConcepts(tx, [{ concept, before: stored, action: 'update' }], actor.id);
      }
      await decideProposal(tx, p.id, { status: 'approved', by: actor.id, reason: null });
      return (await conceptRow(concept.id, tx))!;
    }),
  );
}

/** An editor turns a proposal down, with an optional reason shown to the translator. */
export function rejectProposal(actor: Actor, proposalId: unknown, reason?: unknown): Promise<ActionResult<GlossaryProposal>> {
  return act(actor, 'glossary.edit', () =>
    transaction(async (tx) => {
      const p = await lockProposal(tx, idOf(proposalId));
      if (!p) throw new AppError('proposal-not-found', { id: String(proposalId) });
      if (p.status !== 'pending') throw new AppError('proposal-decided', { id: p.id, status: p.status });
      const r = ReasonSchema.safeParse(reason ?? '');
      if (!r.success) throw new AppError('invalid-input', { field: 'reason' });
      const why = r.data;
      await decideProposal(tx, p.id, { status: 'rejected', by: actor.id, reason: why || null });
      return (await getProposal(p.id, tx))!;
    }),
  );
}
