'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { withBdi } from '@/components/layout/with-bdi';
import { useEffect, useState } from 'react';
import { AlignmentAssistant } from './alignment-assistant';
import type { QuoteActions, QuotePatch, QuotesResult, QuoteView } from './types';

const PROVENANCE = ['saidBy', 'account', 'platform', 'url', 'figure', 'archiveUrl'] as const;

/** One quote: its original (language, wording), provenance, verification, the assistant and "use original wording". */
export function QuoteDetail(props: { documentId: number; quote: QuoteView; actions: QuoteActions; busy: boolean; onResult(r: Promise<QuotesResult>): Promise<boolean>; onError(code: string): void }) {
  const t = useTranslations('QuotesPage');
  const format = useFormatter();
  const q = props.quote;
  const [form, setForm] = useState<QuotePatch & { verified: boolean }>(() => pick(q));
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (patch: Partial<typeof form>) => (setForm((f) => ({ ...f, ...patch })), setDirty(true), setSaved(null));
  // a saved version is what the form shows from now on
  useEffect(() => {
    setForm(pick(q));
    setDirty(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q.version]);
  const lang = form.originalLang ?? null;

  async function save() {
    if (await props.onResult(props.actions.update(props.documentId, q.id, q.version, form))) setSaved(t('saved'));
  }
  async function useOriginal() {
    if (await props.onResult(props.actions.apply(props.documentId, q.id))) setSaved(t('applied', { lang: t(`lang.${q.originalLang!}`) }));
  }

  return (
    <section data-testid="quote-detail" aria-labelledby="quote-detail-heading" className="space-y-3 rounded border border-stone-300 bg-white p-3">
      <h3 id="quote-detail-heading" className="font-bold">{t('detailHeading')}</h3>
      <blockquote lang="en" dir="ltr" className="border-s-4 border-amber-300 ps-2 text-sm">{q.words}</blockquote>
      <fieldset className="flex gap-4 text-sm">
        <legend className="mb-1 font-medium">{t('originalLang')}</legend>
        {(['ar', 'fa'] as const).map((l) => (
          <label key={l} className="flex items-center gap-1">
            <input type="radio" name={`lang-${q.id}`} checked={lang === l} onChange={() => set({ originalLang: l })} />
            {t(`lang.${l}`)}
          </label>
        ))}
      </fieldset>
      <AlignmentAssistant documentId={props.documentId} quote={q} lang={lang} post={form.originalPost ?? ''} stretch={form.stretch ?? null} links={form.clauseLinks ?? []}
        align={props.actions.align} onError={props.onError}
        onChange={(patch) => set(patch)} />
      <label className="block text-sm">
        <span className="font-medium">{t('originalText')}</span>
        <textarea data-testid="original-text" value={form.originalText ?? ''} onChange={(e) => set({ originalText: e.target.value })} rows={3}
          lang={lang ?? undefined} dir={lang ? 'rtl' : 'auto'} className="mt-1 block w-full rounded border border-stone-300 p-2" />
      </label>
      <div className="grid grid-cols-2 gap-2 text-sm">
        {PROVENANCE.map((k) => (
          <label key={k} className="block">
            <span>{t(`provenance.${k}`)}</span>
            <input type={k === 'url' || k === 'archiveUrl' ? 'url' : 'text'} dir={k === 'url' || k === 'archiveUrl' ? 'ltr' : 'auto'} value={form[k] ?? ''}
              onChange={(e) => set({ [k]: e.target.value })} className="mt-0.5 block w-full rounded border border-stone-300 px-2 py-1" />
          </label>
        ))}
        <label className="block">
          <span>{t('provenance.postedOn')}</span>
          <input type="date" value={form.postedOn ?? ''} onChange={(e) => set({ postedOn: e.target.value || null })} className="mt-0.5 block w-full rounded border border-stone-300 px-2 py-1" />
        </label>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" data-testid="verified" checked={form.verified} onChange={(e) => set({ verified: e.target.checked })} />
        {t('verified')}
      </label>
      {q.verifiedBy && q.verifiedAt && (
        <p data-testid="verified-by" className="text-xs text-stone-600">
          {withBdi((v) => t('verifiedBy', v), { who: q.verifiedByName ?? q.verifiedBy, when: format.dateTime(new Date(q.verifiedAt), { dateStyle: 'medium', timeStyle: 'short' }) }, 'who')}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" data-testid="save-quote" disabled={props.busy || !dirty} onClick={save} className="rounded bg-emerald-700 px-3 py-1 text-sm text-white disabled:opacity-50">
          {t('save')}
        </button>
        {q.originalLang && q.originalText.trim() !== '' && (
          <button type="button" data-testid="apply-original" disabled={props.busy || dirty} onClick={useOriginal}
            className="rounded border border-emerald-700 px-3 py-1 text-sm text-emerald-800 disabled:opacity-50">
            {t(`useOriginal.${q.originalLang}`)}
          </button>
        )}
        {saved && <span role="status" data-testid="quote-status" className="text-sm text-emerald-800">{saved}</span>}
      </div>
      {q.originalLang === 'fa' && <p className="text-xs text-stone-600">{t('farsiNote')}</p>}
    </section>
  );
}

function pick(q: QuoteView) {
  return {
    originalLang: q.originalLang, originalText: q.originalText, originalPost: q.originalPost, stretch: q.stretch, clauseLinks: q.clauseLinks,
    saidBy: q.saidBy, account: q.account, platform: q.platform, postedOn: q.postedOn, url: q.url, figure: q.figure, archiveUrl: q.archiveUrl,
    verified: q.verifiedBy !== null,
  };
}
