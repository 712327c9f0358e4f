import { z } from 'zod';
import type { ActionResult } from '../contract/result';
import { insertAudit, listAudit, type AuditRow } from '../db/audit';
import type { Db } from '../db/sql';
import { act } from './act';
import type { Actor } from './roles';

/** What the audit log records. */
export const AUDIT_ACTIONS = ['sign-in', 'sign-in-failed', 'sign-out', 'user-add', 'user-role', 'user-disable', 'user-password', 'publish', 'qa-override', 'assign'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Appends to the audit log (the use cases' own helper: in their transaction when given one). */
export function audit(entry: { actor: string | null; action: AuditAction; subject?: string | null; address?: string | null; details?: Record<string, unknown> }, db?: Db): Promise<void> {
  return insertAudit(entry, db);
}

export type AuditEntry = AuditRow;

const QuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200), action: z.enum(AUDIT_ACTIONS).optional() });

/** The newest audit entries (admins). */
export function auditLog(actor: Actor, query: unknown = {}): Promise<ActionResult<AuditEntry[]>> {
  return act(actor, 'audit.read', async () => {
    const q = QuerySchema.parse(query ?? {});
    return listAudit(q.limit, q.action);
  });
}
