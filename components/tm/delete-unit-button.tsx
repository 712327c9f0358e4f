'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/contract/result';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';

/** Deletes one memory unit after a confirmation, then reloads the page's data. */
export function DeleteUnitButton({ unitId, remove }: { unitId: number; remove: (unitId: number) => Promise<ActionResult<void>> }) {
  const t = useTranslations('TmConcordance');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<ErrorLike | null>(null);
  const [busy, start] = useTransition();
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} className="text-xs text-red-800 underline">
        {t('delete')}
      </button>
    );
  }
  return (
    <span className="flex flex-wrap items-center gap-2 text-xs">
      {t('deleteConfirm')}
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          start(async () => {
            const r = await remove(unitId);
            if (!r.ok) setError(r);
            else router.refresh();
          })
        }
        className="rounded bg-red-700 px-2 py-0.5 text-white hover:bg-red-800 disabled:opacity-50"
      >
        {t('deleteYes')}
      </button>
      <button type="button" onClick={() => setAsking(false)} className="rounded border border-stone-300 px-2 py-0.5">
        {t('deleteNo')}
      </button>
      {error && <span role="alert" className="text-red-800">{errorMessage(error)}</span>}
    </span>
  );
}
