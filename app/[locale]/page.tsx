import { asLocale } from '@/lib/i18n/as-locale';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DocumentList } from '@/components/documents/document-list';
import { ImportForm } from '@/components/documents/import-form';
import { asCurrentActor, currentActorCan, valueOrThrow } from '@/lib/server/act';
import { documentsPage } from '@/lib/server/documents';
import { importDocumentAction } from './documents/actions';

export const dynamic = 'force-dynamic';

export default async function DocumentsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('DocumentsPage');
  const r = await asCurrentActor((actor) => documentsPage(actor));
  const { documents, states } = valueOrThrow(r);
  const canImport = await currentActorCan('document.import');
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_24rem]">
      <section aria-labelledby="documents-heading">
        <h1 id="documents-heading" className="mb-4 text-2xl font-bold">
          {t('title')}
        </h1>
        <DocumentList documents={documents} states={states} />
      </section>
      {canImport && (
        <aside aria-labelledby="import-heading">
          <h2 id="import-heading" className="mb-4 text-xl font-bold">
            {t('importTitle')}
          </h2>
          <ImportForm importDocument={importDocumentAction} />
        </aside>
      )}
    </div>
  );
}
