'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import type { Lang } from '@/lib/text/lang';
import { QuoteDetail } from './quote-detail';
import { QuoteSource } from './quote-source';
import { segmentSelection } from './selection-offsets';
import type { QuoteActions, QuotesResult, QuoteView, SourceSegment } from './types';
import { useErrorMessage } from '@/components/layout/use-error-message';

/** The Quotes workspace of a document: its source with the quotes highlighted, the list, and one quote's original. */
export function QuotesWorkspace(props: { documentId: number; sourceLang: Lang; segments: SourceSegment[]; initialQuotes: QuoteView[]; actions: QuoteActions }) {
  const t = useTranslations('QuotesPage');
  const words = useErrorMessage();
  const [quotes, setQuotes] = useState(props.initialQuotes);
  const [selected, setSelected] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sourceRef = useRef<HTMLDivElement>(null);

  async function apply(work: Promise<QuotesResult>): Promise<boolean> {
    setBusy(true);
    setError(null);
    const r = await work.finally(() => setBusy(false));
    if (!r.ok) {
      setError(words(r));
      return false;
    }
    setQuotes(r.value.quotes);
    return true;
  }

  async function addFromSelection() {
    const anchor = segmentSelection(sourceRef.current);
    if (!anchor) return setError(words('quote-empty-selection'));
    const before = new Set(quotes.map((q) => q.id));
    const r = await props.actions.add(props.documentId, anchor);
    if (await apply(Promise.resolve(r)) && r.ok) setSelected(r.value.quotes.find((q) => !before.has(q.id))?.id ?? null);
    window.getSelection()?.removeAllRanges();
  }

  const current = quotes.find((q) => q.id === selected) ?? null;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_34rem]">
      <section aria-labelledby="quotes-source-heading">
        <div className="mb-2 flex flex-wrap items-center gap-3">
          <h2 id="quotes-source-heading" className="text-lg font-bold">
            {t('sourceHeading')}
          </h2>
          <button type="button" data-testid="add-quote" disabled={busy} onClick={addFromSelection}
            className="rounded border border-emerald-700 px-3 py-1 text-sm text-emerald-800 hover:bg-emerald-50 disabled:opacity-50">
            {t('addFromSelection')}
          </button>
        </div>
        <p className="mb-3 text-sm text-stone-600">{t('selectHint')}</p>
        <QuoteSource ref={sourceRef} lang={props.sourceLang} segments={props.segments} quotes={quotes} selected={selected} onSelect={setSelected} />
      </section>
      <aside aria-labelledby="quotes-list-heading" className="space-y-4">
        {error && (
          <p role="alert" data-testid="quotes-error" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900">
            {error}
          </p>
        )}
        <h2 id="quotes-list-heading" className="text-lg font-bold">
          {t('listHeading', { count: quotes.length })}
        </h2>
        {quotes.length === 0 && <p className="text-sm text-stone-600">{t('noQuotes')}</p>}
        <ol className="max-h-[28rem] space-y-2 overflow-y-auto">
          {quotes.map((q) => (
            <li key={q.id} data-testid="quote-item" data-quote-id={q.id} data-selected={q.id === selected}
              className={`rounded border p-2 text-sm ${q.id === selected ? 'border-emerald-600 bg-emerald-50' : 'border-stone-200 bg-white'}`}>
              <button type="button" className="block w-full text-start" onClick={() => setSelected(q.id)} aria-pressed={q.id === selected}>
                <span lang={props.sourceLang} dir="ltr" className="line-clamp-3">“{q.words}”</span>
              </button>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-stone-600">
                {q.originalLang && <span data-testid="quote-original-lang">{t(`originalIn.${q.originalLang}`)}</span>}
                {q.verifiedBy && <span data-testid="quote-verified" className="text-emerald-800">{t('verifiedBadge')}</span>}
                {q.appliedAt && <span className="text-emerald-800">{t('appliedBadge')}</span>}
                {!q.anchor && <span className="text-amber-800">{t('detached')}</span>}
                <button type="button" data-testid="remove-quote" disabled={busy} className="ms-auto text-red-800 underline"
                  onClick={() => apply(props.actions.remove(props.documentId, q.id)).then((ok) => ok && q.id === selected && setSelected(null))}>
                  {t('remove')}
                </button>
              </div>
            </li>
          ))}
        </ol>
        {current && (
          <QuoteDetail key={current.id} documentId={props.documentId} quote={current} actions={props.actions} busy={busy} onResult={apply} onError={(code) => setError(words(code))} />
        )}
      </aside>
    </div>
  );
}
