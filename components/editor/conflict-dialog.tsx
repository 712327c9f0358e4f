'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import { dirOf, type Lang } from '@/lib/text/lang';

/** Shows my text and the stored one side by side and lets the user choose; nothing is lost either way. */
export function ConflictDialog(props: { lang: Lang; mine: string; theirs: string; theirsBy: string; onChoose: (c: 'mine' | 'theirs') => void }) {
  const t = useTranslations('Conflict');
  const dir = dirOf(props.lang);
  const titleId = useId();
  return (
    <div role="alertdialog" aria-labelledby={titleId} className="mt-2 rounded border border-amber-400 bg-amber-50 p-3" data-testid="conflict">
      <p id={titleId} className="font-semibold text-amber-900">
        {t('title')}
      </p>
      <p className="text-sm text-amber-900">{t('explain', { who: props.theirsBy })}</p>
      <div className="mt-2 grid gap-2 md:grid-cols-2">
        {(['mine', 'theirs'] as const).map((side) => (
          <figure key={side}>
            <figcaption className="text-xs font-medium text-stone-700">{t(side)}</figcaption>
            <p lang={props.lang} dir={dir} className="pane-text rounded bg-white p-2" data-testid={`conflict-${side}`}>
              {props[side]}
            </p>
          </figure>
        ))}
      </div>
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
