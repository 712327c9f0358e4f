import { getTranslations } from 'next-intl/server';
import { LANGS, type Lang } from '@/lib/text/lang';
import { TERM_STATUSES } from '@/lib/terms/types';

export interface SearchState {
  q: string;
  lang?: Lang;
  status?: string;
  subject?: string;
  deleted?: boolean;
}

/** The search and filter form; a plain GET form, so results are a shareable URL and work without JS. */
export async function GlossarySearchForm({ state, subjects }: { state: SearchState; subjects: string[] }) {
  const t = await getTranslations('GlossarySearch');
  const tt = await getTranslations('GlossaryTerms');
  const select = 'rounded border border-stone-300 bg-white p-2 text-sm';
  return (
    <form method="get" role="search" aria-label={t('label')} className="grid gap-3 rounded border border-stone-200 bg-white p-4" data-testid="glossary-search-form">
      <label className="grid gap-1">
        <span className="font-medium">{t('query')}</span>
        <input type="search" name="q" defaultValue={state.q} dir="auto" placeholder={t('placeholder')} className="rounded border border-stone-300 p-2" autoComplete="off" />
      </label>
      <div className="flex flex-wrap items-end gap-3">
        <label className="grid gap-1 text-sm">
          <span>{t('lang')}</span>
          <select name="lang" defaultValue={state.lang ?? ''} className={select}>
            <option value="">{t('any')}</option>
            {LANGS.map((l) => (
              <option key={l} value={l}>{tt(`lang.${l}`)}</option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          <span>{t('status')}</span>
          <select name="status" defaultValue={state.status ?? ''} className={select}>
            <option value="">{t('any')}</option>
            {TERM_STATUSES.map((s) => (
              <option key={s} value={s}>{tt(`status.${s}`)}</option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          <span>{t('subject')}</span>
          <select name="subject" defaultValue={state.subject ?? ''} className={select}>
            <option value="">{t('any')}</option>
            {subjects.map((s) => (
              <option key={s} value={s}>{s}</option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="deleted" value="1" defaultChecked={state.deleted} />
          <span>{t('deleted')}</span>
        </label>
        <button type="submit" className="rounded bg-emerald-800 px-4 py-2 font-medium text-white">{t('submit')}</button>
      </div>
    </form>
  );
}
