'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/contract/result';
import type { PretranslateReport } from '@/lib/tm/types';
import type { Lang } from '@/lib/text/lang';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';
import { BandTable } from './band-table';

type RunFn = (documentId: number, lang: Lang, min: number) => Promise<ActionResult<PretranslateReport>>;

export interface PretranslateFormProps {
  documentId: number;
  targets: Lang[];
  threshold: number;
  canWrite: boolean;
  analyze: RunFn;
  pretranslate: RunFn;
}

/** Analysis by band and pre-translation of a document's empty targets, with the report of either. */
export function PretranslateForm({ documentId, targets, threshold, canWrite, analyze, pretranslate }: PretranslateFormProps) {
  const t = useTranslations('TmPretranslate');
  const tl = useTranslations('Editor');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [lang, setLang] = useState<Lang>(targets[0] ?? 'ar');
  const [mode, setMode] = useState<'exact' | 'fuzzy'>('exact');
  const [min, setMin] = useState(String(Math.max(threshold, 70)));
  const [report, setReport] = useState<{ kind: 'analysis' | 'pretranslation'; value: PretranslateReport } | null>(null);
  const [error, setError] = useState<ErrorLike | null>(null);
  const [busy, start] = useTransition();

  function run(kind: 'analysis' | 'pretranslation') {
    const n = mode === 'exact' ? 100 : Number(min);
    if (!Number.isInteger(n) || n < 50 || n > 100) {
      setError({ code: 'invalid-input', params: { field: 'min' } });
      return;
    }
    setError(null);
    start(async () => {
      const r = await (kind === 'analysis' ? analyze : pretranslate)(documentId, lang, n);
      if (!r.ok) setError(r);
      else {
        setReport({ kind, value: r.value });
        if (kind === 'pretranslation') router.refresh();
      }
    });
  }

  return (
    <section aria-labelledby="tm-pretranslate-title" data-testid="tm-pretranslate" className="flex flex-col gap-3">
      <h2 id="tm-pretranslate-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-stone-600">{t('intro')}</p>
      <label className="flex items-center gap-2 text-sm">
        {t('lang')}
        <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} className="rounded border border-stone-300 px-2 py-1">
          {targets.map((l) => (
            <option key={l} value={l}>
              {tl(`lang.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="font-semibold">{t('fill')}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="tm-mode" checked={mode === 'exact'} onChange={() => setMode('exact')} />
          {t('exactOnly')}
        </label>
        <label className="flex flex-wrap items-center gap-2">
          <input type="radio" name="tm-mode" checked={mode === 'fuzzy'} onChange={() => setMode('fuzzy')} />
          {t('fuzzyFrom')}
          <input
            type="number"
            min={50}
            max={99}
            value={min}
            aria-label={t('minLabel')}
            onChange={(e) => (setMin(e.target.value), setMode('fuzzy'))}
            className="w-20 rounded border border-stone-300 px-2 py-0.5"
          />
          %
        </label>
      </fieldset>
      <p className="text-xs text-stone-600">{t('states')}</p>
      <div className="flex gap-3">
        <button type="button" disabled={busy} onClick={() => run('analysis')} className="rounded border border-emerald-700 px-3 py-1 text-emerald-800 hover:bg-emerald-50 disabled:opacity-50">
          {t('analyze')}
        </button>
        {canWrite && (
          <button type="button" disabled={busy} onClick={() => run('pretranslation')} className="rounded bg-emerald-700 px-3 py-1 text-white hover:bg-emerald-800 disabled:opacity-50">
            {t('pretranslate')}
          </button>
        )}
      </div>
      {busy && <p className="text-sm text-stone-600">{t('working')}</p>}
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
          {errorMessage(error)}
        </p>
      )}
      {report && (
        <div aria-live="polite">
          <p className="mb-1 text-sm font-semibold">{t(report.kind === 'analysis' ? 'analysisOf' : 'pretranslationOf', { lang: tl(`lang.${report.value.lang}`) })}</p>
          <BandTable report={report.value} />
        </div>
      )}
    </section>
  );
}
