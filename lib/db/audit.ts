import { sql, json, type Db } from './sql';

export interface AuditRow {
  id: number;
  at: Date;
  actor: string | null;
  actorName: string | null;
  action: string;
  subject: string | null;
  address: string | null;
  details: Record<string, unknown>;
}

/** Appends one entry to the audit log (in the caller's transaction when given one). */
export async function insertAudit(row: { actor: string | null; action: string; subject?: string | null; address?: string | null; details?: Record<string, unknown> }, db: Db = sql): Promise<void> {
  await db`insert into audit_log (actor, action, subject, address, details)
    values (${row.actor}, ${row.action}, ${row.subject ?? null}, ${row.address ?? null}, ${json(row.details ?? {})})`;
}

/** The newest entries first, with the acting user's name. */
export async function listAudit(limit: number, action?: string): Promise<AuditRow[]> {
  return sql<AuditRow[]>`
    select a.id, a.at, a.actor, u.name as "actorName", a.action, a.subject, a.address, a.details
    from audit_log a left join users u on u.id = a.actor
    ${action ? sql`where a.action = ${action}` : sql``}
    order by a.id desc limit ${limit}`;
}
