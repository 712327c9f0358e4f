import { getTranslations, setRequestLocale } from 'next-intl/server';
import { QuotesWorkspace } from '@/components/quotes/quotes-workspace';
import { getDocument } from '@/lib/db/documents';
import { ensureQuotesDetected, listQuotes, liveSegments } from '@/lib/db/quotes';
import { asLocale } from '@/lib/i18n/as-locale';
import { Link } from '@/lib/i18n/navigation';
import { addQuoteAction, alignQuoteAction, applyOriginalAction, removeQuoteAction, updateQuoteAction } from './actions';

export const dynamic = 'force-dynamic';

export default async function QuotesPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('QuotesPage');
  const docId = /^\d{1,15}$/.test(id) ? Number(id) : null;
  const doc = docId === null ? null : await getDocument(docId);
  if (!doc) {
    return (
      <div role="alert" data-testid="error-message" className="rounded border border-red-200 bg-red-50 p-6">
        <h1 className="text-xl font-bold text-red-900">{t('notFoundTitle')}</h1>
        <p className="mt-2 text-red-900">{t('notFound', { id })}</p>
        <Link href="/" className="mt-4 inline-block text-emerald-800 underline">
          {t('backToList')}
        </Link>
      </div>
    );
  }
  // the first visit detects the quotes and stores them; later visits show what the translator kept
  await ensureQuotesDetected(doc.id);
  const segments = await liveSegments(doc.id);
  const quotes = await listQuotes(doc.id, segments);
  return (
    <article>
      <header className="mb-4">
        <p className="text-sm">
          <Link href={`/documents/${doc.id}`} className="text-emerald-800 underline">
            {t('backToDocument')}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-stone-700" lang={doc.sourceLang}>
          {doc.title}
        </p>
        <p className="mt-1 max-w-3xl text-sm text-stone-600">{t('intro')}</p>
      </header>
      <QuotesWorkspace
        documentId={doc.id}
        sourceLang={doc.sourceLang}
        segments={segments.map((s) => ({ id: s.id, kind: s.kind, text: s.text }))}
        initialQuotes={quotes}
        actions={{ add: addQuoteAction, remove: removeQuoteAction, update: updateQuoteAction, apply: applyOriginalAction, align: alignQuoteAction }}
      />
    </article>
  );
}
