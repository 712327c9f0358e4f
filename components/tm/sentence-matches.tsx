'use client';

import { useTranslations } from 'next-intl';
import type { SegmentLookup } from '@/lib/tm/types';
import { dirOf, type Lang } from '@/lib/text/lang';
import { MatchDiff } from './match-diff';

/** Matches of each sentence of the paragraph in focus, and the paragraph drafted from the best of each. */
export function SentenceMatches({ lookup, sourceLang, targetLang, onApplyDraft, onInsert }: { lookup: SegmentLookup; sourceLang: Lang; targetLang: Lang; onApplyDraft: () => void; onInsert: (text: string) => void }) {
  const t = useTranslations('TmPanel');
  const { sentences, draft } = lookup;
  return (
    <div data-testid="tm-sentences" className="flex flex-col gap-2 border-t border-stone-300 pt-2">
      <h3 className="text-sm font-semibold">{t('sentencesTitle')}</h3>
      <ol className="flex list-none flex-col gap-1 p-0">
        {sentences.map((s) => {
          const best = s.matches[0];
          return (
            <li key={s.index} data-testid="tm-sentence" className="rounded border border-stone-200 bg-white p-1.5 text-xs">
              <p className="text-stone-600">{t('sentence', { n: s.index + 1 })}</p>
              {best ? (
                <>
                  <p className="text-stone-700" dir={dirOf(sourceLang)}>
                    <span className="me-1 rounded bg-amber-100 px-1 font-semibold text-amber-900">{t('score', { score: best.score })}</span>
                    <MatchDiff diff={best.diff} lang={sourceLang} labels={{ insert: t('diffInsert'), delete: t('diffDelete') }} />
                  </p>
                  <button
                    type="button"
                    data-testid="tm-sentence-insert"
                    title={t('insertSentence')}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => onInsert(best.adjustedTarget ?? best.target)}
                    className="block w-full rounded p-0.5 text-start hover:bg-emerald-50 focus:outline-2 focus:outline-emerald-700"
                  >
                    <span lang={targetLang} dir={dirOf(targetLang)} className="block text-sm">
                      {best.adjustedTarget ?? best.target}
                    </span>
                  </button>
                </>
              ) : (
                <p lang={sourceLang} dir="auto" className="text-stone-500">
                  {s.source} <span className="text-stone-600">— {t('sentenceNoMatch')}</span>
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {draft && (
        <div data-testid="tm-draft" className="rounded border border-emerald-300 bg-emerald-50 p-2 text-sm">
          <p className="mb-1 text-xs text-stone-700">{t('draftCoverage', { covered: draft.covered, total: draft.total })}</p>
          <p lang={targetLang} dir={dirOf(targetLang)} className="mb-1">
            {draft.text}
          </p>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={onApplyDraft} className="rounded bg-emerald-700 px-2 py-0.5 text-white hover:bg-emerald-800">
            {t('applyDraft')}
          </button>
        </div>
      )}
    </div>
  );
}
