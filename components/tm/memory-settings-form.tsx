'use client';

import { useState, useTransition } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/contract/result';
import type { DocumentMemorySettings, TmMemory } from '@/lib/tm/types';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';

export interface MemorySettingsFormProps {
  documentId: number;
  initial: DocumentMemorySettings;
  memories: TmMemory[];
  canEdit: boolean;
  save: (documentId: number, memoryIds: number[], threshold: number) => Promise<ActionResult<DocumentMemorySettings>>;
}

/** Which memories a document reads, in priority order (the first receives its confirmations), and its fuzzy threshold. */
export function MemorySettingsForm({ documentId, initial, memories, canEdit, save }: MemorySettingsFormProps) {
  const t = useTranslations('TmDocumentPage');
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const [chosen, setChosen] = useState<number[]>(initial.memories.map((m) => m.id));
  const [threshold, setThreshold] = useState(String(initial.threshold));
  const [error, setError] = useState<ErrorLike | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, start] = useTransition();
  const byId = new Map(memories.map((m) => [m.id, m]));
  const others = memories.filter((m) => !chosen.includes(m.id));

  const move = (i: number, d: -1 | 1) =>
    setChosen((c) => {
      const j = i + d;
      if (j < 0 || j >= c.length) return c;
      const next = [...c];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return next;
    });
  const edit = (f: () => void) => {
    setSaved(false);
    f();
  };

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const n = Number(threshold);
    if (!Number.isInteger(n) || n < 50 || n > 99) {
      setError({ code: 'invalid-input', params: { field: 'threshold' } });
      return;
    }
    setError(null);
    start(async () => {
      const r = await save(documentId, chosen, n);
      if (!r.ok) setError(r);
      else {
        setChosen(r.value.memories.map((m) => m.id));
        setThreshold(String(r.value.threshold));
        setSaved(true);
      }
    });
  }

  const name = (id: number) => byId.get(id)?.name ?? String(id);
  return (
    <form onSubmit={submit} aria-labelledby="tm-settings-title" data-testid="tm-settings" className="flex flex-col gap-3">
      <h2 id="tm-settings-title" className="text-lg font-semibold">
        {t('settingsTitle')}
      </h2>
      {chosen.length === 0 && <p className="text-sm text-stone-600">{t('noneChosen')}</p>}
      {chosen.length > 0 && (
        <ol className="flex flex-col gap-1" aria-label={t('chosen')}>
          {chosen.map((id, i) => (
            <li key={id} data-testid="tm-chosen" className="flex items-center gap-2 rounded border border-stone-200 bg-white px-2 py-1 text-sm">
              <span className="font-mono text-stone-600">{format.number(i + 1)}</span>
              <bdi className="flex-1">{name(id)}</bdi>
              {i === 0 && <span className="text-xs text-emerald-800">{t('receivesConfirmations')}</span>}
              {canEdit && (
                <>
                  <button type="button" disabled={i === 0} onClick={() => edit(() => move(i, -1))} aria-label={t('moveUp', { name: name(id) })} className="rounded border border-stone-300 px-1.5 disabled:opacity-40">
                    ↑
                  </button>
                  <button type="button" disabled={i === chosen.length - 1} onClick={() => edit(() => move(i, 1))} aria-label={t('moveDown', { name: name(id) })} className="rounded border border-stone-300 px-1.5 disabled:opacity-40">
                    ↓
                  </button>
                  <button type="button" onClick={() => edit(() => setChosen((c) => c.filter((x) => x !== id)))} className="rounded border border-stone-300 px-1.5 text-xs">
                    {t('remove')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {canEdit && others.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">{t('available')}</h3>
          <ul className="mt-1 flex flex-col gap-1">
            {others.map((m) => (
              <li key={m.id} className="flex items-center gap-2 text-sm">
                <bdi className="flex-1">{m.name}</bdi>
                <span className="text-xs text-stone-600">{t('units', { n: m.units })}</span>
                <button type="button" onClick={() => edit(() => setChosen((c) => [...c, m.id]))} aria-label={t('addLabel', { name: m.name })} className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100">
                  {t('add')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <label className="flex items-center gap-2 text-sm">
        {t('threshold')}
        <input type="number" min={50} max={99} value={threshold} disabled={!canEdit} onChange={(e) => edit(() => setThreshold(e.target.value))} className="w-20 rounded border border-stone-300 px-2 py-1" />
        <span className="text-stone-600">%</span>
      </label>
      <p className="text-xs text-stone-600">{t('thresholdHint')}</p>
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
          {errorMessage(error)}
        </p>
      )}
      {canEdit && (
        <div className="flex items-center gap-3">
          <button type="submit" disabled={busy} className="rounded bg-emerald-700 px-3 py-1 text-white hover:bg-emerald-800 disabled:opacity-50">
            {t('save')}
          </button>
          <span aria-live="polite" className="text-sm text-emerald-800">
            {saved ? t('saved') : ''}
          </span>
        </div>
      )}
    </form>
  );
}
