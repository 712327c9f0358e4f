'use client';

import { useState, useTransition } from 'react';
import { createPortal } from 'react-dom';
import { useFormatter, useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/contract/result';
import type { RevisionRow } from '@/lib/documents/views';
import { dirOf } from '@/lib/text/lang';

/** The segment's revision log (saves, refused conflicts, splits, merges), opened on demand. */
export function RevisionHistory({ segmentId, load }: { segmentId: number; load: (id: number) => Promise<ActionResult<RevisionRow[]>> }) {
  const t = useTranslations('History');
  const tEditor = useTranslations('Editor');
  const format = useFormatter();
  const [rows, setRows] = useState<RevisionRow[] | null>(null);
  const [pending, start] = useTransition();

  function toggle() {
    if (rows) setRows(null);
    else
      start(async () => {
        const r = await load(segmentId);
        setRows(r.ok ? r.value : []);
      });
  }

  return (
    <div className="text-xs">
      <button type="button" onClick={toggle} aria-expanded={rows !== null} className="hover:text-stone-950">
        {pending ? t('loading') : t('toggle')}
      </button>
      {rows &&
        createPortal(
        <div role="region" aria-label={t('toggle')} className="fixed inset-x-4 bottom-4 z-30 max-h-[50vh] overflow-auto rounded border border-stone-300 bg-white p-3 shadow-lg" data-testid="history">
          <button type="button" onClick={() => setRows(null)} className="float-end text-stone-700 underline">
            {t('close')}
          </button>
          {rows.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <ol className="grid gap-2">
              {rows.map((r) => (
                <li key={r.id} className="border-b border-stone-100 pb-1" data-action={r.action}>
                  <span className="font-medium">{t(`action.${r.action as 'save'}`)}</span> · {tEditor(`lang.${r.lang}`)} · {r.author} ·{' '}
                  {format.dateTime(new Date(r.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}
                  {r.afterText !== null && (
                    <p lang={r.lang} dir={dirOf(r.lang)} className="pane-text mt-1 text-sm text-stone-900">
                      {r.afterText}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </div>,
          document.body,
        )}
    </div>
  );
}
