'use client';

import { useTranslations } from 'next-intl';
import type { Lang } from '@/lib/text/lang';
import type { SegmentFilter } from './use-segment-filter';

/** The row filter of the editor, with how many rows it shows. */
export function SegmentFilterSelect(props: { targets: Lang[]; filter: SegmentFilter; shown: number; total: number; onChange: (f: SegmentFilter) => void }) {
  const t = useTranslations('Editor');
  return (
    <label className="flex items-center gap-2">
      <span>{t('filterLabel')}</span>
      <select
        value={props.filter}
        onChange={(e) => props.onChange(e.target.value as SegmentFilter)}
        className="rounded border border-stone-300 px-1 py-0.5"
        data-testid="segment-filter"
      >
        <option value="all">{t('filterAll')}</option>
        {props.targets.map((lang) => (
          <option key={`u-${lang}`} value={`untranslated:${lang}`}>
            {t('filterUntranslated', { lang: t(`lang.${lang}`) })}
          </option>
        ))}
        {props.targets.map((lang) => (
          <option key={`f-${lang}`} value={`findings:${lang}`}>
            {t('filterFindings', { lang: t(`lang.${lang}`) })}
          </option>
        ))}
      </select>
      {props.filter !== 'all' && (
        <button type="button" className="underline" onClick={() => props.onChange(props.filter)}>
          {t('filterRefresh')}
        </button>
      )}
      <span className="text-stone-600" data-testid="segment-count">
        {t('filterCount', { shown: props.shown, total: props.total })}
      </span>
    </label>
  );
}
