import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

/** Open and accepted findings per check: the QA pages' summary table, each check a link when `hrefOf` is given. */
export function CheckCounts({ counts, hrefOf, current }: { counts: { checkId: string; severity: 'error' | 'warning'; open: number; accepted: number }[]; hrefOf?: (checkId: string) => string; current?: string }) {
  const t = useTranslations('QaPage');
  const format = useFormatter();
  return (
    <table className="w-full max-w-2xl text-sm" data-testid="qa-counts">
      <thead>
        <tr className="border-b border-stone-300">
          <th className="py-1 text-start">{t('colCheck')}</th>
          <th className="py-1 text-start">{t('colSeverity')}</th>
          <th className="py-1 text-end">{t('colOpen')}</th>
          <th className="py-1 text-end">{t('colAccepted')}</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.checkId} className={`border-b border-stone-200 ${current === c.checkId ? 'bg-amber-50' : ''}`} data-testid="qa-count" data-check-id={c.checkId} data-open={c.open} data-accepted={c.accepted}>
            <td className="py-1">
              {hrefOf ? (
                <Link href={hrefOf(c.checkId)} className="text-emerald-800 underline" data-testid="qa-count-link">
                  {t(`checkName.${c.checkId}` as never)}
                </Link>
              ) : (
                t(`checkName.${c.checkId}` as never)
              )}
            </td>
            <td className="py-1">{t(`severity.${c.severity}`)}</td>
            <td className="py-1 text-end">{format.number(c.open)}</td>
            <td className="py-1 text-end">{format.number(c.accepted)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
