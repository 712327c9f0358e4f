'use client';

import { useTranslations } from 'next-intl';
import { isolate } from '@/components/live/isolate';
import { useLiveDocument } from '@/components/live/live-document';

/** Who has the document open and where each one is; and whether live updates are flowing. */
export function PresenceBar({ segmentNumbers }: { segmentNumbers: Record<number, number> }) {
  const t = useTranslations('Presence');
  const tLang = useTranslations('Editor');
  const live = useLiveDocument();
  if (!live) return null;
  const others = live.people.filter((p) => p.clientId !== live.clientId);
  return (
    <section aria-label={t('here')} className="mb-3 flex flex-wrap items-center gap-2 text-sm" data-testid="presence-bar">
      <span className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs ${live.connected ? 'bg-emerald-100 text-emerald-900' : 'bg-amber-100 text-amber-900'}`} role="status" data-testid="live-status" data-connected={live.connected}>
        <span aria-hidden="true">●</span> {live.connected ? t('connected') : t('disconnected')}
      </span>
      <span className="text-stone-700">{t('here')}:</span>
      {others.length === 0 ? (
        <span className="text-stone-600">{t('alone')}</span>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {others.map((p) => {
            const name = isolate(p.user.name);
            const n = p.segmentId !== null ? segmentNumbers[p.segmentId] : undefined;
            return (
              <li key={p.clientId} className="rounded bg-sky-50 px-2 py-0.5 text-sky-950" data-testid="present-person" data-user={p.user.id} data-segment-id={p.segmentId ?? ''}>
                {n !== undefined && p.lang
                  ? t('at', { name, n, lang: tLang(`lang.${p.lang}`) })
                  : t('reading', { name })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
