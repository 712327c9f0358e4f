import { DocumentNotFound } from '@/components/documents/document-not-found';
import { SubpageHeader } from '@/components/documents/subpage-header';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { QuotesWorkspace } from '@/components/quotes/quotes-workspace';
import { getDocument } from '@/lib/db/documents';
import { ensureQuotesDetected, listQuotes, liveSegments } from '@/lib/db/quotes';
import { asLocale } from '@/lib/i18n/as-locale';
import { addQuoteAction, alignQuoteAction, applyOriginalAction, removeQuoteAction, updateQuoteAction } from './actions';

export const dynamic = 'force-dynamic';

export default async function QuotesPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('QuotesPage');
  const docId = /^\d{1,15}$/.test(id) ? Number(id) : null;
  const doc = docId === null ? null : await getDocument(docId);
  if (!doc) {
    return <DocumentNotFound title={t('notFoundTitle')} message={t('notFound', { id })} back={t('backToList')} />;
  }
  // the first visit detects the quotes and stores them; later visits show what the translator kept
  await ensureQuotesDetected(doc.id);
  const segments = await liveSegments(doc.id);
  const quotes = await listQuotes(doc.id, segments);
  return (
    <article>
      <SubpageHeader documentId={doc.id} backLabel={t('backToDocument')} title={t('title')} docTitle={doc.title} sourceLang={doc.sourceLang}>
        <p className="mt-1 max-w-3xl text-sm text-stone-600">{t('intro')}</p>
      </SubpageHeader>
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
