'use client';

import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { dirOf, type Lang } from '@/lib/text/lang';
import { threeWayDiff } from '@/lib/text/word-diff';
import { DiffText } from '@/components/history/diff-text';
import { useLiveDocument } from './live-document';

/**
 * For a version conflict: the text both sides started from, then what they saved and what I typed,
 * each as word-level changes against that base. Mounted inside the conflict dialog; shows nothing
 * when the base is not known (the dialog's two texts are then all there is).
 */
export function ThreeWayView({ segmentId, lang, mine, theirs, theirsBy }: { segmentId: number; lang: Lang; mine: string; theirs: string; theirsBy: string }) {
  const t = useTranslations('ThreeWay');
  const live = useLiveDocument();
  const base = live?.conflictBase(segmentId, lang)?.base ?? null;
  const diff = useMemo(() => (base === null ? null : threeWayDiff(base, theirs, mine, lang)), [base, lang, mine, theirs]);
  if (base === null || !diff) return null;
  const who = live?.people.find((p) => p.user.id === theirsBy)?.user.name ?? theirsBy;
  const labels = { inserted: t('inserted'), deleted: t('deleted') };
  return (
    <section aria-label={t('title')} className="mt-2 grid gap-2 text-sm" data-testid="three-way">
      <p className="font-medium text-amber-900">{t('title')}</p>
      <figure>
        <figcaption className="text-xs font-medium text-stone-700">{t('base')}</figcaption>
        <p lang={lang} dir={dirOf(lang)} className="pane-text rounded bg-white p-2 text-stone-700" data-testid="three-way-base">
          {base}
        </p>
      </figure>
      <div className="grid gap-2 md:grid-cols-2">
        <figure className="rounded bg-white p-2">
          <figcaption className="text-xs font-medium text-stone-700">
            {t('theirs', { who })}
          </figcaption>
          <DiffText runs={diff.theirs} lang={lang} {...labels} testId="three-way-theirs" />
        </figure>
        <figure className="rounded bg-white p-2">
          <figcaption className="text-xs font-medium text-stone-700">{t('mine')}</figcaption>
          <DiffText runs={diff.mine} lang={lang} {...labels} testId="three-way-mine" />
        </figure>
      </div>
      {diff.same && <p className="text-xs text-stone-700">{t('same')}</p>}
    </section>
  );
}
