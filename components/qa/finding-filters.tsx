import { useTranslations } from 'next-intl';
import { STATE_ORDER } from '@/lib/documents/state-counts';
import type { FindingFilter } from '@/lib/qa/finding-filter';
import type { Lang } from '@/lib/text/lang';

/** The QA page's filters as a plain GET form: check, severity, language, state. */
export function FindingFilters({ filter, checks, langs }: { filter: FindingFilter; checks: { id: string; count: number }[]; langs: Lang[] }) {
  const t = useTranslations('QaOverview');
  const tq = useTranslations('QaPage');
  const ts = useTranslations('DocumentList');
  const select = 'rounded border border-stone-300 bg-white px-2 py-1 text-sm';
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" data-testid="qa-filters">
      <label className="grid gap-1 text-xs text-stone-700">
        {t('filterCheck')}
        <select name="check" defaultValue={filter.check ?? ''} className={select} data-testid="qa-filter-check">
          <option value="">{t('all')}</option>
          {checks.map((c) => (
            <option key={c.id} value={c.id}>
              {t('checkOption', { name: tq(`checkName.${c.id}` as never), count: c.count })}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-xs text-stone-700">
        {t('filterSeverity')}
        <select name="severity" defaultValue={filter.severity ?? ''} className={select} data-testid="qa-filter-severity">
          <option value="">{t('all')}</option>
          <option value="error">{tq('severity.error')}</option>
          <option value="warning">{tq('severity.warning')}</option>
        </select>
      </label>
      <label className="grid gap-1 text-xs text-stone-700">
        {t('filterLang')}
        <select name="lang" defaultValue={filter.lang ?? ''} className={select} data-testid="qa-filter-lang">
          <option value="">{t('all')}</option>
          {langs.map((l) => (
            <option key={l} value={l}>
              {tq(`lang.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-xs text-stone-700">
        {t('filterState')}
        <select name="state" defaultValue={filter.state ?? ''} className={select} data-testid="qa-filter-state">
          <option value="">{t('all')}</option>
          <option value="open">{t('state.open')}</option>
          <option value="accepted">{t('state.accepted')}</option>
        </select>
      </label>
      <label className="grid gap-1 text-xs text-stone-700">
        {t('filterSegmentState')}
        <select name="segState" defaultValue={filter.segmentState ?? ''} className={select} data-testid="qa-filter-segment-state">
          <option value="">{t('all')}</option>
          {STATE_ORDER.map((s) => (
            <option key={s} value={s}>
              {ts(`state.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded border border-emerald-800 px-3 py-1 text-sm text-emerald-900" data-testid="qa-filter-apply">
        {t('apply')}
      </button>
    </form>
  );
}
