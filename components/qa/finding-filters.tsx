import { useTranslations } from 'next-intl';
import { STATE_ORDER } from '@/lib/documents/state-counts';
import type { FindingFilter } from '@/lib/qa/finding-filter';
import type { Lang } from '@/lib/text/lang';

/** One filter: a labelled select whose first option lets everything through. */
function FilterSelect({ label, name, value, testId, all, options }: { label: string; name: string; value?: string; testId: string; all: string; options: [string, string][] }) {
  return (
    <label className="grid gap-1 text-xs text-stone-700">
      {label}
      <select name={name} defaultValue={value ?? ''} className="rounded border border-stone-300 bg-white px-2 py-1 text-sm" data-testid={testId}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The QA page's filters as a plain GET form: check, severity, language, finding state, segment state. */
export function FindingFilters({ filter, checks, langs }: { filter: FindingFilter; checks: { id: string; count: number }[]; langs: Lang[] }) {
  const t = useTranslations('QaOverview');
  const tq = useTranslations('QaPage');
  const ts = useTranslations('DocumentList');
  const all = t('all');
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" data-testid="qa-filters">
      <FilterSelect label={t('filterCheck')} name="check" value={filter.check} testId="qa-filter-check" all={all}
        options={checks.map((c) => [c.id, t('checkOption', { name: tq(`checkName.${c.id}` as never), count: c.count })])} />
      <FilterSelect label={t('filterSeverity')} name="severity" value={filter.severity} testId="qa-filter-severity" all={all}
        options={[['error', tq('severity.error')], ['warning', tq('severity.warning')]]} />
      <FilterSelect label={t('filterLang')} name="lang" value={filter.lang} testId="qa-filter-lang" all={all} options={langs.map((l) => [l, tq(`lang.${l}`)])} />
      <FilterSelect label={t('filterState')} name="state" value={filter.state} testId="qa-filter-state" all={all}
        options={[['open', t('state.open')], ['accepted', t('state.accepted')]]} />
      <FilterSelect label={t('filterSegmentState')} name="segState" value={filter.segmentState} testId="qa-filter-segment-state" all={all}
        options={STATE_ORDER.map((s) => [s, ts(`state.${s}`)])} />
      <button type="submit" className="rounded border border-emerald-800 px-3 py-1 text-sm text-emerald-900" data-testid="qa-filter-apply">
        {t('apply')}
      </button>
    </form>
  );
}
