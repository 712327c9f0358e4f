'use client';

import { useState, useTransition } from 'react';
import { createPortal } from 'react-dom';
import { useFormatter, useTranslations } from 'next-intl';
import type { HistoryEntry, SegmentHistory as History } from '@/lib/documents/history';
import { dirOf, type Lang } from '@/lib/text/lang';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';
import { useTeam } from '@/components/live/document-team';
import { DiffText } from './diff-text';

/**
 * A segment's history, opened on demand: who changed which language and when, each change as a
 * word-level diff, and "restore" on an earlier text (a new revision on top of the current one).
 */
export function SegmentHistory({ segmentId, langs }: { segmentId: number; langs: Lang[] }) {
  const t = useTranslations('History');
  const tEditor = useTranslations('Editor');
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const team = useTeam();
  const [history, setHistory] = useState<History | null>(null);
  const [note, setNote] = useState<{ error?: ErrorLike; restored?: boolean } | null>(null);
  const [pending, start] = useTransition();
  if (!team) return null;
  const { actions, can } = team;

  const load = () =>
    start(async () => {
      const r = await actions.history(segmentId);
      setHistory(r.ok ? r.value : { entries: [], versions: {} });
      if (!r.ok) setNote({ error: r });
    });

  function toggle() {
    setNote(null);
    if (history) setHistory(null);
    else load();
  }

  function restore(entry: HistoryEntry) {
    if (!history) return;
    setNote(null);
    start(async () => {
      const r = await actions.restore({ revisionId: entry.id, baseVersion: history.versions[entry.lang] ?? 0 });
      setNote(r.ok ? { restored: true } : { error: r });
      const again = await actions.history(segmentId);
      if (again.ok) setHistory(again.value);
    });
  }

  const entries = history?.entries.filter((e) => langs.includes(e.lang)) ?? [];
  return (
    <div className="text-xs">
      <button type="button" onClick={toggle} aria-expanded={history !== null} className="hover:text-stone-950" data-testid="history-toggle">
        {pending && !history ? t('loading') : t('toggle')}
      </button>
      {history &&
        createPortal(
          <div role="region" aria-label={t('toggle')} className="fixed inset-x-4 bottom-4 z-30 max-h-[50vh] overflow-auto rounded border border-stone-300 bg-white p-3 shadow-lg" data-testid="history">
            <button type="button" onClick={() => setHistory(null)} className="float-end text-stone-700 underline">
              {t('close')}
            </button>
            {note?.restored && <p role="status" className="mb-2 text-emerald-800" data-testid="history-restored">{t('restored')}</p>}
            {note?.error && <p role="alert" className="mb-2 text-red-800">{errorMessage(note.error)}</p>}
            {entries.length === 0 ? (
              <p>{t('empty')}</p>
            ) : (
              <ol className="grid gap-2">
                {entries.map((e) => (
                  <li key={e.id} className="border-b border-stone-100 pb-1" data-testid="history-entry" data-action={e.action} data-lang={e.lang}>
                    <span className="font-medium">{t(`action.${e.action as 'save'}`)}</span> · {tEditor(`lang.${e.lang}`)}
                    {e.version !== null && <> · {t('version', { version: e.version })}</>} ·{' '}
                    <span data-testid="history-author">
                      {t('by', { who: `\u2068${e.author.name}\u2069`, when: format.dateTime(new Date(e.createdAt), { dateStyle: 'medium', timeStyle: 'short' }) })}
                    </span>
                    {e.version !== null && e.version === history.versions[e.lang] && e.action !== 'conflict' && <> · <em>{t('current')}</em></>}
                    {e.afterText !== null && (
                      <p lang={e.lang} dir={dirOf(e.lang)} className="pane-text mt-1 text-sm text-stone-900" data-testid="history-text">
                        {e.afterText}
                      </p>
                    )}
                    {e.beforeText !== null && e.diff.some((r) => r.op !== 'equal') && (
                      <div className="mt-1 rounded bg-stone-50 p-1">
                        <DiffText runs={e.diff} lang={e.lang} inserted={t('inserted')} deleted={t('deleted')} testId="history-diff" />
                      </div>
                    )}
                    {e.restorable && (e.lang === team.sourceLang ? can.restoreSource : can.restore) && (
                      <button type="button" disabled={pending} onClick={() => restore(e)} className="mt-1 rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100 disabled:opacity-50" data-testid="history-restore">
                        {pending ? t('restoring') : t('restore')}
                      </button>
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
