import type { Lang } from '../text/lang';
import { sql, type Db } from './sql';

/** Who works on one language of a document in one role. */
export interface AssignmentRow {
  lang: Lang;
  role: 'translator' | 'editor';
  userId: string;
  name: string;
  email: string | null;
}

/** The assignments of a document. */
export async function listAssignments(documentId: number): Promise<AssignmentRow[]> {
  return sql<AssignmentRow[]>`
    select a.lang, a.role, a.user_id as "userId", u.name, u.email
    from document_assignments a join users u on u.id = a.user_id
    where a.document_id = ${documentId} order by a.lang, a.role`;
}

/** Sets (or with null clears) who works on a language of a document in a role. */
export async function setAssignment(row: { documentId: number; lang: Lang; role: 'translator' | 'editor'; userId: string | null; by: string }, db: Db = sql): Promise<void> {
  if (row.userId === null) {
    await db`delete from document_assignments where document_id = ${row.documentId} and lang = ${row.lang} and role = ${row.role}`;
    return;
  }
  await db`insert into document_assignments (document_id, lang, role, user_id, assigned_by)
    values (${row.documentId}, ${row.lang}, ${row.role}, ${row.userId}, ${row.by})
    on conflict (document_id, lang, role) do update set user_id = excluded.user_id, assigned_by = excluded.assigned_by, assigned_at = now()`;
}

/** Accounts that can be assigned: not disabled, with an email, in the given roles. */
export async function assignableUsers(roles: readonly string[]): Promise<{ id: string; name: string; email: string; role: string }[]> {
  return sql`select id, name, email, role from users where email is not null and not disabled and role = any(${[...roles]}) order by name`;
}
