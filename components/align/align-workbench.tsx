'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage } from '@/components/layout/use-error-message';
import type { ActionResult } from '@/lib/contract/result';
import { AlignReview } from './align-review';
import { confirmedPairs, type ReviewLink } from './link-edits';
import type { AlignResult } from './types';

type AlignFn = (s: string, t: string, lang: 'ar' | 'fa' | 'auto') => Promise<ActionResult<AlignResult>>;
type KeepFn = (input: { title: string; targetLang: 'ar' | 'fa'; pairs: { source: string; target: string }[] }) => Promise<ActionResult<{ documentId: number }>>;

// A link the aligner is fairly sure of starts confirmed; the translator reviews the rest.
const CONFIRM_AT = 0.5;

/** Aligning a published pair: paste or upload both texts, align, review side by side, keep the confirmed pairs. */
export function AlignWorkbench(props: { align: AlignFn; keep: KeepFn }) {
  const t = useTranslations('AlignPage');
  const words = useErrorMessage();
  const router = useRouter();
  const [title, setTitle] = useState('');
  const [source, setSource] = useState('');
  const [target, setTarget] = useState('');
  const [lang, setLang] = useState<'ar' | 'fa' | 'auto'>('auto');
  const [result, setResult] = useState<AlignResult | null>(null);
  const [links, setLinks] = useState<ReviewLink[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function align() {
    setBusy(true);
    setError(null);
    const r = await props.align(source, target, lang).finally(() => setBusy(false));
    if (!r.ok) return setError(words(r));
    setResult(r.value);
    setLinks(r.value.links.map((l) => ({ ...l, confirmed: l.score >= CONFIRM_AT && l.source.length > 0 && l.target.length > 0 })));
  }
  async function keep() {
    if (!result) return;
    setBusy(true);
    const r = await props.keep({ title, targetLang: result.targetLang, pairs: confirmedPairs(links, result.source, result.target) }).finally(() => setBusy(false));
    if (!r.ok) return setError(words(r));
    router.push(`/documents/${r.value.documentId}`);
  }
  const file = (set: (s: string) => void) => async (e: React.ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (f) set(await f.text());
  };
  const confirmed = links.filter((l) => l.confirmed).length;

  return (
    <div className="mt-4 space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <label className="block text-sm md:col-span-2">
          <span className="font-medium">{t('documentTitle')}</span>
          <input data-testid="align-title" value={title} onChange={(e) => setTitle(e.target.value)} dir="auto" className="mt-1 block w-full max-w-xl rounded border border-stone-300 px-2 py-1" />
        </label>
        <div className="text-sm">
          <label className="block">
            <span className="font-medium">{t('sourceText')}</span>
            <textarea data-testid="align-source" value={source} onChange={(e) => setSource(e.target.value)} rows={10} lang="en" dir="ltr" className="mt-1 block w-full rounded border border-stone-300 p-2" />
          </label>
          <label className="mt-1 block">
            <span>{t('uploadSource')}</span> <input type="file" accept=".txt,.md,text/plain,text/markdown" onChange={file(setSource)} />
          </label>
        </div>
        <div className="text-sm">
          <label className="block">
            <span className="font-medium">{t('targetText')}</span>
            <textarea data-testid="align-target" value={target} onChange={(e) => setTarget(e.target.value)} rows={10} dir="rtl" className="mt-1 block w-full rounded border border-stone-300 p-2" />
          </label>
          <label className="mt-1 block">
            <span>{t('uploadTarget')}</span> <input type="file" accept=".txt,.md,text/plain,text/markdown" onChange={file(setTarget)} />
          </label>
          <label className="mt-1 block">
            <span>{t('targetLang')}</span>{' '}
            <select data-testid="align-lang" value={lang} onChange={(e) => setLang(e.target.value as typeof lang)} className="rounded border border-stone-300">
              <option value="auto">{t('langAuto')}</option>
              <option value="ar">{t('lang.ar')}</option>
              <option value="fa">{t('lang.fa')}</option>
            </select>
          </label>
        </div>
      </div>
      <button type="button" data-testid="align-run" disabled={busy} onClick={align} className="rounded bg-emerald-700 px-4 py-1.5 text-white disabled:opacity-50">
        {t('align')}
      </button>
      {error && <p role="alert" data-testid="align-error" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900">{error}</p>}
      {result && (
        <section aria-labelledby="align-review-heading" className="space-y-2">
          <div className="flex flex-wrap items-center gap-3">
            <h2 id="align-review-heading" className="text-lg font-bold">{t('reviewHeading', { links: links.length, confirmed })}</h2>
            <button type="button" onClick={() => setLinks(links.map((l) => ({ ...l, confirmed: true })))} className="text-sm text-emerald-800 underline">
              {t('confirmAll')}
            </button>
            <button type="button" data-testid="align-keep" disabled={busy || confirmed === 0} onClick={keep} className="ms-auto rounded bg-emerald-700 px-3 py-1 text-sm text-white disabled:opacity-50">
              {t('keep', { count: confirmed })}
            </button>
          </div>
          <p className="text-xs text-stone-600">{t('noMemory')}</p>
          <AlignReview result={result} links={links} onChange={setLinks} />
        </section>
      )}
    </div>
  );
}
