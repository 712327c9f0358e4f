'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Lang } from '@/lib/text/lang';
import { useTeam } from '@/components/live/document-team';
import { CommentPanel } from './comment-panel';

/** Under a segment's panes: one comments button per visible language, opening that pane's threads. */
export function SegmentComments({ segmentId, index, langs }: { segmentId: number; index: number; langs: Lang[] }) {
  const t = useTranslations('Comments');
  const tEditor = useTranslations('Editor');
  const team = useTeam();
  const [open, setOpen] = useState<Lang | null>(null);
  if (!team) return null;
  return (
    <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${langs.length}, minmax(0, 1fr))` }}>
      {langs.map((lang) => {
        const key = `${segmentId}:${lang}`;
        const count = team.counts[key];
        const title = t('titleSegment', { n: index + 1, lang: tEditor(`lang.${lang}`) });
        return (
          <div key={lang} className="min-w-0 px-2 text-xs">
            <button type="button" aria-expanded={open === lang} aria-label={title} onClick={() => setOpen(open === lang ? null : lang)}
              className={count?.open ? 'font-medium text-sky-800 underline' : 'text-stone-500 hover:text-stone-900'} data-testid={`comments-toggle-${lang}`}>
              {count?.open ? t('toggleCount', { open: count.open }) : t('toggle')}
            </button>
            {open === lang && (
              <CommentPanel target={{ kind: 'segment', segmentId, lang }} title={title} actions={team.actions} canComment={team.can.comment} canResolve={team.can.resolve} onChange={(threads) => team.setCount(key, threads)} refreshKey={String(count?.heard ?? 0)} />
            )}
          </div>
        );
      })}
    </div>
  );
}
