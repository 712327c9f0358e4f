'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';
import type { ActionResult } from '@/lib/contract/result';

type ConceptChange = (id: string) => Promise<ActionResult<unknown>>;

/** Delete (kept in the history, restorable) or restore a concept. */
export function ConceptActions({ id, deleted, canEdit, remove, restore }: { id: string; deleted: boolean; canEdit: boolean; remove: ConceptChange; restore: ConceptChange }) {
  const t = useTranslations('GlossaryConceptPage');
  const errorText = useErrorMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ErrorLike | null>(null);
  if (!canEdit) return null;

  function run(change: ConceptChange) {
    setError(null);
    startTransition(async () => {
      try {
        const r = await change(id);
        if (!r.ok) setError(r);
        router.refresh();
      } catch {
        setError({ code: 'internal' });
      }
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      {deleted ? (
        <button type="button" onClick={() => run(restore)} disabled={pending} className="rounded bg-emerald-800 px-3 py-1.5 text-white" data-testid="concept-restore">
          {t('restore')}
        </button>
      ) : (
        <button type="button" disabled={pending} className="rounded border border-red-800 px-3 py-1.5 text-red-800" data-testid="concept-delete"
          onClick={() => window.confirm(t('confirmDelete')) && run(remove)}>
          {t('delete')}
        </button>
      )}
      {error && <p role="alert" className="text-sm text-red-800">{errorText(error)}</p>}
    </div>
  );
}
