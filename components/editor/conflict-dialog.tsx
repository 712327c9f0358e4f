'use client';

import { useId, useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { dirOf, type Lang } from '@/lib/text/lang';
import { wordDiff, type DiffRun } from '@/lib/text/word-diff';

/** One side of the diff: the runs both texts share, and this side's own words marked. */
function Side({ runs, own, lang }: { runs: DiffRun[]; own: 'insert' | 'delete'; lang: Lang }) {
  return (
    <>
      {runs.map((r, i) =>
        r.op === 'equal' ? (
          <span key={i}>{r.text}</span>
        ) : r.op !== own ? null : own === 'insert' ? (
          <ins key={i} data-diff="mine" lang={lang} className="rounded-sm bg-emerald-100 text-emerald-950 no-underline">
            {r.text}
          </ins>
        ) : (
          <del key={i} data-diff="theirs" lang={lang} className="rounded-sm bg-rose-100 text-rose-950">
            {r.text}
          </del>
        ),
      )}
    </>
  );
}

/**
 * Shows the stored text and mine (as the pane holds it now) side by side, their differences marked word by
 * word (Arabic and Farsi words whole), and lets the user choose; nothing is lost either way.
 */
export function ConflictDialog(props: { lang: Lang; mine: string; theirs: string; theirsBy: string | null; onChoose: (c: 'mine' | 'theirs') => void }) {
  const t = useTranslations('Conflict');
  const dir = dirOf(props.lang);
  const titleId = useId();
  // theirs -> mine: deletions are the stored text's own words, insertions mine
  const runs = useMemo(() => wordDiff(props.theirs, props.mine, props.lang), [props.theirs, props.mine, props.lang]);
  return (
    <div role="alertdialog" aria-labelledby={titleId} className="mt-2 rounded border border-amber-400 bg-amber-50 p-3" data-testid="conflict">
      <p id={titleId} className="font-semibold text-amber-900">
        {t('title')}
      </p>
      {/* the name between first-strong isolates (U+2068…U+2069): a Latin name keeps an Arabic sentence in order */}
      <p className="text-sm text-amber-900">{props.theirsBy ? t('explain', { who: `\u2068${props.theirsBy}\u2069` }) : t('explainNoName')}</p>
      <div className="mt-2 grid gap-2 md:grid-cols-2">
        {(['mine', 'theirs'] as const).map((side) => (
          <figure key={side}>
            <figcaption className="text-xs font-medium text-stone-700">{t(side)}</figcaption>
            <p lang={props.lang} dir={dir} className="pane-text rounded bg-white p-2" data-testid={`conflict-${side}`}>
              <Side runs={runs} own={side === 'mine' ? 'insert' : 'delete'} lang={props.lang} />
            </p>
          </figure>
        ))}
      </div>
      <p className="mt-1 text-xs text-stone-600">{t('diffNote')}</p>
      <div className="mt-2 flex gap-2">
        <button type="button" className="rounded bg-amber-700 px-3 py-1 text-sm text-white" onClick={() => props.onChoose('mine')}>
          {t('keepMine')}
        </button>
        <button type="button" className="rounded border border-amber-700 px-3 py-1 text-sm text-amber-900" onClick={() => props.onChoose('theirs')}>
          {t('takeTheirs')}
        </button>
      </div>
      <p className="mt-1 text-xs text-stone-600">{t('historyNote')}</p>
    </div>
  );
}
