import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuditTable } from '@/components/admin/audit-table';
import { UserTable } from '@/components/admin/user-table';
import { asLocale } from '@/lib/i18n/as-locale';
import { asCurrentActor, valueOrThrow } from '@/lib/server/act';
import { auditLog } from '@/lib/server/audit';
import { listUsers } from '@/lib/server/users';
import { addUserAction, disableUserAction, setUserRoleAction } from './actions';

export const dynamic = 'force-dynamic';

/** Admins: the accounts (add, change role, disable) and the audit log. */
export default async function AdminPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('AdminPage');
  const users = await asCurrentActor((actor) => listUsers(actor));
  if (!users.ok && users.code === 'forbidden') {
    return <p role="alert">{t('forbidden')}</p>;
  }
  const log = valueOrThrow(await asCurrentActor((actor) => auditLog(actor, { limit: 200 })));
  return (
    <div className="grid gap-8">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <UserTable users={valueOrThrow(users)} add={addUserAction} setRole={setUserRoleAction} disable={disableUserAction} />
      <AuditTable entries={log.map((e) => ({ id: e.id, at: e.at.toISOString(), actorName: e.actorName ?? e.actor, action: e.action, subject: e.subject, address: e.address, details: JSON.stringify(e.details) }))} />
    </div>
  );
}
