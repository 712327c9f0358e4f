'use client';

import { useTranslations } from 'next-intl';
import { countText } from '@/lib/text/word-count';
import { dirOf, type Lang } from '@/lib/text/lang';
import { StaticContent } from './static-content';
import type { PaneData } from './use-pane-store';

/**
 * A pane of a row away from the screen: plain HTML of its stored text with the same frame as a live
 * pane (state, counts), and a textbox that brings the row to life on focus or click.
 */
export function StaticPane({ lang, pane, isSource, segmentIndex, onActivate }: { lang: Lang; pane: PaneData; isSource: boolean; segmentIndex: number; onActivate: () => void }) {
  const t = useTranslations('Editor');
  const langName = t(`lang.${lang}`);
  const counts = countText(pane.text, lang);
  const empty = pane.text === '';
  const shown = pane.state === 'initial' && pane.text.trim() !== '' ? 'draft' : pane.state;
  return (
    <div className="min-w-0" data-lang={lang}>
      <div lang={lang} dir={dirOf(lang)} className="pane-text relative rounded border border-transparent px-2 py-1 hover:border-stone-300">
        {empty && !isSource && (
          <p aria-hidden="true" data-testid="placeholder" className="pointer-events-none absolute inset-x-2 top-1 text-stone-500">
            <bdi>{t('placeholder', { lang: langName })}</bdi>
          </p>
        )}
        <div tabIndex={0} role="textbox" aria-label={t('paneLabel', { lang: langName, n: segmentIndex + 1 })} onFocus={onActivate} onPointerDown={onActivate} className="min-h-7 cursor-text">
          <StaticContent doc={empty ? null : pane.content} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-3 px-2 text-xs text-stone-600">
        {!isSource && (
          <span data-testid="state" data-shown={shown} className="py-0.5">
            {t(`state.${shown}`)}
          </span>
        )}
        <span data-testid="counts" className="tabular-nums">
          {t('counts', { words: counts.words, characters: counts.characters })}
        </span>
      </div>
    </div>
  );
}
