import { DocumentNotFound } from '@/components/documents/document-not-found';
import { SubpageHeader } from '@/components/documents/subpage-header';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { QuotesWorkspace } from '@/components/quotes/quotes-workspace';
import { asLocale } from '@/lib/i18n/as-locale';
import { asCurrentActor, valueOrThrow } from '@/lib/server/act';
import { quotesPage } from '@/lib/server/quotes';
import { addQuoteAction, alignQuoteAction, applyOriginalAction, removeQuoteAction, updateQuoteAction } from './actions';

export const dynamic = 'force-dynamic';

export default async function QuotesPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('QuotesPage');
  // reading only: the quotes were detected when the document was imported
  const r = await asCurrentActor((actor) => quotesPage(actor, id));
  if (!r.ok && r.code === 'document-not-found') return <DocumentNotFound title={t('notFoundTitle')} message={t('notFound', { id })} back={t('backToList')} />;
  const { doc, segments, quotes } = valueOrThrow(r);
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
