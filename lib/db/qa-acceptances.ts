import { findingKey } from '../qa/run';
import type { Finding } from '../qa/types';
import type { Lang } from '../text/lang';
import { json, sql, type Db, type Tx } from './sql';

export interface Acceptance {
  id: number;
  key: string;
  checkId: string;
  unitId: string;
  severity: 'error' | 'warning';
  params: Record<string, string | number>;
  reason: string;
  acceptedBy: string;
  /** The accepting user's name (pages name people). */
  acceptedByName: string;
  acceptedAt: string;
}

/** The keys of the live acceptances of a document in one language (what QA treats as accepted). */
export async function acceptedKeys(documentId: number, lang: Lang): Promise<string[]> {
  const rows = await sql<{ finding_key: string }[]>`
    select finding_key from qa_acceptances where document_id = ${documentId} and lang = ${lang} and revoked_at is null`;
  return rows.map((r) => r.finding_key);
}

/** Live acceptances with who, when and why, oldest first. */
export async function listAcceptances(documentId: number, lang: Lang): Promise<Acceptance[]> {
  return sql<Acceptance[]>`
    select id, finding_key as key, check_id as "checkId", unit_id as "unitId", severity, params, reason,
      accepted_by as "acceptedBy", (select u.name from users u where u.id = accepted_by) as "acceptedByName", to_char(accepted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "acceptedAt"
    from qa_acceptances where document_id = ${documentId} and lang = ${lang} and revoked_at is null order by id`;
}

/**
 * Records that `finding` is intentional, with the (checked) reason, who and when; null when it is
 * already accepted (the first acceptance and its reason stay).
 */
export async function insertAcceptance(input: { documentId: number; lang: Lang; finding: Finding; reason: string; author: string }, db: Db = sql): Promise<Acceptance | null> {
  const { reason, author } = input;
  const f = input.finding;
  const key = findingKey(f);
  const rows = await db<Acceptance[]>`
    insert into qa_acceptances (document_id, lang, finding_key, check_id, unit_id, params, severity, reason, accepted_by)
    values (${input.documentId}, ${input.lang}, ${key}, ${f.checkId}, ${f.unitId}, ${json(f.params)}, ${f.severity}, ${reason}, ${author})
    on conflict (document_id, lang, finding_key) where revoked_at is null do nothing
    returning id, finding_key as key, check_id as "checkId", unit_id as "unitId", severity, params, reason,
      accepted_by as "acceptedBy", (select u.name from users u where u.id = accepted_by) as "acceptedByName", to_char(accepted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "acceptedAt"`;
  return rows[0] ?? null;
}

/** Withdraws a live acceptance (the row stays, with who and when); false when there was none. */
export async function revokeAcceptance(input: { documentId: number; lang: Lang; key: string; author: string }): Promise<boolean> {
  const rows = await sql`
    update qa_acceptances set revoked_at = now(), revoked_by = ${input.author}
    where document_id = ${input.documentId} and lang = ${input.lang} and finding_key = ${input.key} and revoked_at is null
    returning id`;
  return rows.length > 0;
}

/**
 * Records several findings as intentional with one reason, in `tx`; returns the keys (per language)
 * that were accepted now; those already accepted are left as they were.
 */
export async function insertAcceptances(
  tx: Tx,
  input: { documentId: number; items: { lang: Lang; finding: Finding }[]; reason: string; author: string },
): Promise<{ lang: Lang; key: string }[]> {
  if (input.items.length === 0) return [];
  const rows = input.items.map(({ lang, finding: f }) => ({
    document_id: input.documentId, lang, finding_key: findingKey(f), check_id: f.checkId, unit_id: f.unitId,
    params: json(f.params), severity: f.severity, reason: input.reason, accepted_by: input.author,
  }));
  return tx<{ lang: Lang; key: string }[]>`
    insert into qa_acceptances ${tx(rows as never, 'document_id', 'lang', 'finding_key', 'check_id', 'unit_id', 'params', 'severity', 'reason', 'accepted_by')}
    on conflict (document_id, lang, finding_key) where revoked_at is null do nothing
    returning lang, finding_key as key`;
}
