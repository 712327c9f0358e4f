'use client';

import { useTranslations } from 'next-intl';
import { isolate } from '@/components/live/isolate';
import { useLiveDocument } from '@/components/live/live-document';

/** Marks a segment someone else is editing, with their name and the pane's language. */
export function SegmentPresence({ segmentId }: { segmentId: number }) {
  const t = useTranslations('Presence');
  const tLang = useTranslations('Editor');
  const live = useLiveDocument();
  const here = live?.people.filter((p) => p.clientId !== live.clientId && p.segmentId === segmentId) ?? [];
  if (here.length === 0) return null;
  return (
    <span className="flex gap-1" data-testid="segment-presence">
      {here.map((p) => (
        <span key={p.clientId} className="rounded bg-sky-100 px-1.5 py-0.5 text-sky-950" data-user={p.user.id} data-presence-lang={p.lang ?? ''}>
          {t('editing', { name: isolate(p.user.name) })} ({p.lang ? tLang(`lang.${p.lang}`) : ''})
        </span>
      ))}
    </span>
  );
}
