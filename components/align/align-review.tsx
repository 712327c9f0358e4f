'use client';

import { useTranslations } from 'next-intl';
import { mergeWithNext, moveTarget, split, type ReviewLink } from './link-edits';
import type { AlignResult } from './types';

/** The alignment side by side, one row per link, with the review edits: confirm, merge, split, move a sentence. */
export function AlignReview({ result, links, onChange }: { result: AlignResult; links: ReviewLink[]; onChange(links: ReviewLink[]): void }) {
  const t = useTranslations('AlignPage');
  const btn = 'rounded border border-stone-300 px-1.5 text-xs hover:bg-stone-100 disabled:opacity-40';
  return (
    <table className="w-full table-fixed border-collapse text-sm">
      <thead>
        <tr className="text-start text-xs text-stone-600">
          <th className="w-10 p-1">{t('confirmColumn')}</th>
          <th className="p-1 text-start">{t('lang.en')}</th>
          <th className="p-1 text-start">{t(`lang.${result.targetLang}`)}</th>
          <th className="w-48 p-1">{t('actionsColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {links.map((l, i) => (
          <tr key={`${l.source.join(',')}|${l.target.join(',')}`} data-testid="align-row" data-link={`${l.source.length}-${l.target.length}`}
            className={`border-t border-stone-200 align-top ${l.confirmed ? 'bg-white' : 'bg-amber-50'}`}>
            <td className="p-1 text-center">
              <input type="checkbox" aria-label={t('confirm')} checked={l.confirmed} onChange={(e) => onChange(links.map((x, j) => (j === i ? { ...x, confirmed: e.target.checked } : x)))} />
            </td>
            <td className="p-1" lang="en" dir="ltr" data-testid="align-source-cell">
              {l.source.map((s) => <p key={s}>{result.source[s]}</p>)}
            </td>
            <td className="p-1" lang={result.targetLang} dir="rtl" data-testid="align-target-cell">
              {l.target.map((s) => <p key={s}>{result.target[s]}</p>)}
            </td>
            <td className="space-x-1 p-1 text-center rtl:space-x-reverse">
              <button type="button" className={btn} disabled={i + 1 >= links.length} onClick={() => onChange(mergeWithNext(links, i))}>{t('merge')}</button>
              <button type="button" className={btn} disabled={l.source.length + l.target.length < 2} onClick={() => onChange(split(links, i))}>{t('split')}</button>
              <button type="button" className={btn} title={t('moveDownTitle')} aria-label={t('moveDownTitle')} disabled={i + 1 >= links.length || l.target.length === 0}
                onClick={() => onChange(moveTarget(links, i, 'down'))}>↓</button>
              <button type="button" className={btn} title={t('moveUpTitle')} aria-label={t('moveUpTitle')} disabled={i + 1 >= links.length || links[i + 1]!.target.length === 0}
                onClick={() => onChange(moveTarget(links, i, 'up'))}>↑</button>
              <span className="block text-xs text-stone-500">{t('score', { score: Math.round(l.score * 100) })}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
