'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { TmMatch } from '@/lib/tm/types';
import { dirOf, type Lang } from '@/lib/text/lang';
import { MatchDiff } from './match-diff';

export interface MatchCardProps {
  match: TmMatch;
  /** 1–9: the Alt+Shift+n shortcut; null past nine. */
  n: number | null;
  sourceLang: Lang;
  targetLang: Lang;
  /** The numbers offer is open: the target with the source's numbers, to apply or decline. */
  offering: boolean;
  onApply: (adjusted: boolean | null) => void;
}

const KIND_STYLE = { context: 'bg-emerald-700 text-white', exact: 'bg-emerald-100 text-emerald-900', fuzzy: 'bg-amber-100 text-amber-900' } as const;

/** One memory match: score, the source with its differences, the target, where and when it came from. */
export function MatchCard({ match, n, sourceLang, targetLang, offering, onApply }: MatchCardProps) {
  const t = useTranslations('TmPanel');
  const format = useFormatter();
  const at = new Date(match.origin.at);
  return (
    <li data-testid="tm-match" data-score={match.score} data-kind={match.kind} className="rounded border border-stone-200 bg-white p-2 text-sm">
      <div className="mb-1 flex flex-wrap items-center gap-2 text-xs">
        <span data-testid="tm-score" className={`rounded px-1.5 py-0.5 font-semibold ${KIND_STYLE[match.kind]}`} title={t(`kind.${match.kind}`)}>
          {t('score', { score: match.score })}
        </span>
        <span className="text-stone-600">{t(`kind.${match.kind}`)}</span>
        {match.level === 'sentence' && <span className="text-stone-600">· {t('sentenceUnit')}</span>}
        {match.numbersDiffer && (
          <span data-testid="tm-numbers-differ" className="rounded bg-red-100 px-1.5 py-0.5 text-red-900">
            {t('numbersDiffer')}
          </span>
        )}
        {n !== null && <kbd dir="ltr" className="ms-auto rounded border border-stone-300 px-1 font-mono text-stone-600">{`Alt+Shift+${n}`}</kbd>}
      </div>
      <p className="mb-1 text-stone-700" dir={dirOf(sourceLang)}>
        <MatchDiff diff={match.diff} lang={sourceLang} labels={{ insert: t('diffInsert'), delete: t('diffDelete') }} />
      </p>
      <button
        type="button"
        data-testid="tm-apply"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onApply(null)}
        title={t('applyLabel', { score: match.score })}
        className="block w-full rounded bg-stone-50 p-1 text-start hover:bg-emerald-50 focus:outline-2 focus:outline-emerald-700"
      >
        <span lang={targetLang} dir={dirOf(targetLang)} data-testid="tm-match-target" className="block">
          {match.target}
        </span>
      </button>
      {offering && match.adjustedTarget !== null && (
        <div data-testid="tm-numbers-offer" className="mt-1 rounded border border-amber-300 bg-amber-50 p-1 text-xs">
          <p>{t('numbersOffer')}</p>
          <p lang={targetLang} dir={dirOf(targetLang)} className="my-1 text-sm">
            {match.adjustedTarget}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => onApply(true)} className="rounded bg-emerald-700 px-2 py-0.5 text-white hover:bg-emerald-800">
              {t('applyAdjusted')}
            </button>
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => onApply(false)} className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100">
              {t('applyAsStored')}
            </button>
          </div>
        </div>
      )}
      <p className="mt-1 flex flex-wrap gap-x-2 text-xs text-stone-600" data-testid="tm-origin">
        <bdi>{match.memory.name}</bdi>
        {match.origin.document && <bdi className="min-w-0 truncate">{match.origin.document.title}</bdi>}
        <time dateTime={match.origin.at}>{Number.isNaN(at.getTime()) ? match.origin.at : format.dateTime(at, { dateStyle: 'medium' })}</time>
      </p>
    </li>
  );
}
