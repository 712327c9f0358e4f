import { useFormatter, useTranslations } from 'next-intl';

export interface AuditView {
  id: number;
  at: string;
  actorName: string | null;
  action: string;
  subject: string | null;
  address: string | null;
  details: string;
}

/** The newest audit entries: when, who, what, on what, from where. */
export function AuditTable({ entries }: { entries: AuditView[] }) {
  const t = useTranslations('AdminAudit');
  const format = useFormatter();
  return (
    <section aria-labelledby="audit-heading" className="grid gap-2">
      <h2 id="audit-heading" className="text-xl font-bold">{t('title')}</h2>
      {entries.length === 0 ? (
        <p className="text-sm text-stone-600">{t('empty')}</p>
      ) : (
        <table className="w-full text-sm" data-testid="audit-table">
          <thead>
            <tr>
              <th className="text-start">{t('at')}</th>
              <th className="text-start">{t('who')}</th>
              <th className="text-start">{t('what')}</th>
              <th className="text-start">{t('subject')}</th>
              <th className="text-start">{t('address')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-testid="audit-row" data-action={e.action} className="border-t border-stone-200 align-top">
                <td>{format.dateTime(new Date(e.at), { dateStyle: 'short', timeStyle: 'medium' })}</td>
                <td><bdi>{e.actorName ?? '—'}</bdi></td>
                <td title={e.details}>{t.has(`action.${e.action}` as never) ? t(`action.${e.action}` as never) : e.action}</td>
                <td><bdi>{e.subject ?? ''}</bdi></td>
                <td dir="ltr" className="text-start">{e.address ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
