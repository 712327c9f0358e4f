'use client';

import { useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/contract/result';
import type { TmxImportReport } from '@/lib/tm/types';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';

/** Uploads a TMX file into a named memory; reports the units read, how many were new, updated or already there, and what was flattened or skipped, or the error with its line and column. */
export function TmxImportForm({ importTmx }: { importTmx: (form: FormData) => Promise<ActionResult<TmxImportReport>> }) {
  const t = useTranslations('TmMemories');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [report, setReport] = useState<TmxImportReport | null>(null);
  const [error, setError] = useState<ErrorLike | null>(null);
  const [busy, start] = useTransition();

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setError(null);
    setReport(null);
    start(async () => {
      const r = await importTmx(data);
      if (!r.ok) setError(r);
      else {
        setReport(r.value);
        form.current?.reset();
        router.refresh();
      }
    });
  }

  return (
    <form ref={form} onSubmit={submit} aria-labelledby="tmx-import-title" data-testid="tmx-import" className="flex flex-col gap-2 rounded border border-stone-200 bg-white p-3">
      <h2 id="tmx-import-title" className="text-lg font-semibold">
        {t('importTitle')}
      </h2>
      <label className="flex flex-col text-sm">
        {t('file')}
        <input type="file" name="file" accept=".tmx,.xml,application/x-tmx+xml,text/xml" required className="text-sm" />
      </label>
      <label className="flex flex-col text-sm">
        {t('memoryName')}
        <input type="text" name="memory" maxLength={200} dir="auto" placeholder={t('memoryNameHint')} className="rounded border border-stone-300 px-2 py-1" />
      </label>
      <div>
        <button type="submit" disabled={busy} className="rounded bg-emerald-700 px-3 py-1 text-white hover:bg-emerald-800 disabled:opacity-50">
          {busy ? t('importing') : t('import')}
        </button>
      </div>
      {error && (
        <p role="alert" data-testid="tmx-error" className="rounded bg-red-50 p-2 text-sm text-red-800">
          {errorMessage(error)}
        </p>
      )}
      {report && (
        <div aria-live="polite" data-testid="tmx-report" className="text-sm">
          <p className="text-emerald-800">{t('imported', { units: report.units, name: report.memory.name })}</p>
          <p data-testid="tmx-outcome">{t('outcome', { added: report.added, updated: report.updated, unchanged: report.unchanged })}</p>
          {report.warnings.length > 0 && (
            <ul className="mt-1 list-disc ps-5 text-amber-900">
              {report.warnings.map((w, i) => (
                <li key={i}>{t(`warning.${w.code}`, { line: w.line, column: w.column })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
