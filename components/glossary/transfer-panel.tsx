'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';
import type { ActionResult } from '@/lib/contract/result';
import { useHydrated } from '@/components/layout/use-hydrated';

/** Import a TBX or CSV/TSV glossary (all or nothing) and export the glossary as TBX or CSV. */
export function GlossaryTransferPanel({ canEdit, importFile }: { canEdit: boolean; importFile: (form: FormData) => Promise<ActionResult<{ created: number; updated: number; concepts: number }>> }) {
  const t = useTranslations('GlossaryTransfer');
  const errorText = useErrorMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const [result, setResult] = useState<{ created: number; updated: number; concepts: number } | null>(null);
  const [error, setError] = useState<ErrorLike | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get('file');
    setResult(null);
    setError(null);
    if (!(file instanceof File) || file.size === 0) {
      setError({ code: file instanceof File && file.name ? 'file-empty' : 'glossary-import-nothing' });
      return;
    }
    startTransition(async () => {
      try {
        const r = await importFile(form);
        if (r.ok) {
          setResult(r.value);
          router.refresh();
        } else setError(r);
      } catch {
        setError({ code: 'internal' });
      }
    });
  }

  return (
    <div className="grid gap-4">
      {canEdit && (
        <form onSubmit={onSubmit} className="grid gap-3 rounded border border-stone-200 bg-white p-4" aria-busy={pending} data-testid="glossary-import-form">
          <label className="grid gap-1">
            <span className="font-medium">{t('file')}</span>
            <input type="file" name="file" accept=".tbx,.xml,.csv,.tsv,text/csv,text/tab-separated-values,application/xml" className="text-sm" />
            <span className="text-xs text-stone-600">{t('fileHint')}</span>
          </label>
          {error && (
            <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800" data-testid="glossary-import-error">
              {errorText(error)}
            </p>
          )}
          {result && (
            <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-900" data-testid="glossary-import-result">
              {t('done', { created: result.created, updated: result.updated, unchanged: Math.max(0, result.concepts - result.created - result.updated) })}
            </p>
          )}
          <button type="submit" disabled={pending || !hydrated} className="rounded bg-emerald-800 px-4 py-2 font-medium text-white disabled:opacity-60">
            {pending ? t('importing') : t('import')}
          </button>
        </form>
      )}
      <div className="flex flex-wrap gap-3 rounded border border-stone-200 bg-white p-4">
        <span className="w-full font-medium">{t('export')}</span>
        <a href="/api/glossary/export?format=tbx" download className="rounded border border-emerald-800 px-3 py-1.5 text-emerald-900" data-testid="glossary-export-tbx">
          {t('exportTbx')}
        </a>
        <a href="/api/glossary/export?format=csv" download className="rounded border border-emerald-800 px-3 py-1.5 text-emerald-900" data-testid="glossary-export-csv">
          {t('exportCsv')}
        </a>
      </div>
    </div>
  );
}
