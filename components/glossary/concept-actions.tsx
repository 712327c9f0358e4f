'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useGlossaryError, type GlossaryErrorBody } from './use-glossary-error';

/** Delete (kept in the history, restorable) or restore a concept. */
export function ConceptActions({ id, deleted, canEdit }: { id: string; deleted: boolean; canEdit: boolean }) {
  const t = useTranslations('GlossaryConceptPage');
  const errorText = useGlossaryError();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<GlossaryErrorBody | null>(null);
  if (!canEdit) return null;

  function run(path: string, method: string) {
    setError(null);
    startTransition(async () => {
      try {
        const res = await fetch(`/api/glossary/${encodeURIComponent(id)}${path}`, { method });
        if (!res.ok) setError(await res.json());
        router.refresh();
      } catch {
        setError({ error: 'internal' });
      }
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      {deleted ? (
        <button type="button" onClick={() => run('/restore', 'POST')} disabled={pending} className="rounded bg-emerald-800 px-3 py-1.5 text-white" data-testid="concept-restore">
          {t('restore')}
        </button>
      ) : (
        <button type="button" disabled={pending} className="rounded border border-red-800 px-3 py-1.5 text-red-800" data-testid="concept-delete"
          onClick={() => window.confirm(t('confirmDelete')) && run('', 'DELETE')}>
          {t('delete')}
        </button>
      )}
      {error && <p role="alert" className="text-sm text-red-800">{errorText(error)}</p>}
    </div>
  );
}
