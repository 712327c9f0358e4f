import type { Concept } from '../terms/types';
import { json, sql, type Db, type Tx } from './sql';

/** A translator's glossary entry waiting for an editor (or decided). */
export interface ProposalRow {
  id: number;
  kind: 'create' | 'update';
  conceptId: string | null;
  baseVersion: number | null;
  concept: Concept & { id: string };
  status: 'pending' | 'approved' | 'rejected';
  proposedBy: string;
  proposedByName: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedByName: string | null;
  reason: string | null;
}

const COLUMNS = sql`p.id, p.kind, p.concept_id as "conceptId", p.base_version as "baseVersion", p.concept, p.status,
  p.proposed_by as "proposedBy", coalesce(pu.name, p.proposed_by) as "proposedByName", p.proposed_at::text as "proposedAt",
  p.decided_by as "decidedBy", du.name as "decidedByName", p.reason`;
const FROM = sql`glossary_proposals p left join users pu on pu.id = p.proposed_by left join users du on du.id = p.decided_by`;

/** Stores a proposal; its id. */
export async function insertProposal(row: { kind: 'create' | 'update'; conceptId: string | null; baseVersion: number | null; concept: Concept; proposedBy: string }): Promise<number> {
  const [r] = await sql<{ id: number }[]>`
    insert into glossary_proposals (kind, concept_id, base_version, concept, proposed_by)
    values (${row.kind}, ${row.conceptId}, ${row.baseVersion}, ${json(row.concept)}, ${row.proposedBy}) returning id`;
  return r!.id;
}

/** Proposals in one status (pending by default), oldest first. */
export async function listProposals(status: ProposalRow['status'] = 'pending', limit = 200): Promise<ProposalRow[]> {
  return sql<ProposalRow[]>`select ${COLUMNS} from ${FROM} where p.status = ${status} order by p.id limit ${limit}`;
}

/** One proposal, locked for the decision. */
export async function lockProposal(tx: Tx, id: number): Promise<ProposalRow | null> {
  await tx`select id from glossary_proposals where id = ${id} for update`;
  return getProposal(id, tx);
}

/** One proposal by id. */
export async function getProposal(id: number, db: Db = sql): Promise<ProposalRow | null> {
  const [row] = await db<ProposalRow[]>`select ${COLUMNS} from ${FROM} where p.id = ${id}`;
  return row ?? null;
}

/** Records an editor's decision. */
export async function decideProposal(tx: Tx, id: number, d: { status: 'approved' | 'rejected'; by: string; reason: string | null }): Promise<void> {
  await tx`update glossary_proposals set status = ${d.status}, decided_by = ${d.by}, decided_at = now(), reason = ${d.reason} where id = ${id}`;
}
