import { asLocale } from '@/lib/i18n/as-locale';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { DocumentNotFound } from '@/components/documents/document-not-found';
import { DocumentEditor } from '@/components/editor/document-editor';
import { Link } from '@/lib/i18n/navigation';
import { asCurrentActor, valueOrThrow } from '@/lib/server/act';
import { editorPage } from '@/lib/server/documents';
import { LANGS } from '@/lib/text/lang';
import { createConceptAction, documentQaAction, documentRowsAction, mergeSegmentAction, revisionsAction, saveSegmentAction, splitSegmentAction } from './actions';

export const dynamic = 'force-dynamic';

/** Rows sent with the page: more than a screen of them. */
const FIRST_ROWS = 40;

export default async function DocumentPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('DocumentPage');
  const format = await getFormatter();
  const r = await asCurrentActor((actor) => editorPage(actor, id, { qa: false }));
  if (!r.ok && r.code === 'document-not-found') return <DocumentNotFound title={t('notFoundTitle')} message={t('notFound', { id })} back={t('backToList')} />;
  const { doc, summary, concepts, qa, can } = valueOrThrow(r);
  const langs = [doc.sourceLang, ...LANGS.filter((l) => l !== doc.sourceLang)];
  return (
    <article>
      <header className="mb-4">
        <h1 className="text-2xl font-bold" lang={doc.sourceLang}>
          {doc.title}
        </h1>
        <p className="text-sm text-stone-600">
          {doc.authors.length > 0 && <span lang={doc.sourceLang}>{format.list(doc.authors, { type: 'conjunction' })}</span>}
          {doc.publishedOn && <> · {format.dateTime(new Date(`${doc.publishedOn}T12:00:00Z`), { dateStyle: 'long' })}</>}
        </p>
        {/* no prefetch: each of these pages runs the document's QA or reads all of it on the server,
            work that would compete with the editor's own first seconds */}
        <nav aria-label={t('toolsNav')} className="mt-3 flex flex-wrap gap-4 text-sm">
          {(['ar', 'fa'] as const).filter((l) => l !== doc.sourceLang).map((l) => (
            <Link key={`qa-${l}`} href={`/documents/${doc.id}/qa/${l}`} prefetch={false} className="text-emerald-800 underline">
              {t('qaLink', { lang: t(`lang.${l}`) })}
            </Link>
          ))}
          {(['ar', 'fa'] as const).filter((l) => l !== doc.sourceLang).map((l) => (
            <Link key={`ed-${l}`} href={`/documents/${doc.id}/edition/${l}`} prefetch={false} className="text-emerald-800 underline">
              {t('editionLink', { lang: t(`lang.${l}`) })}
            </Link>
          ))}
          <Link href={`/documents/${doc.id}/quotes`} prefetch={false} className="text-emerald-800 underline">
            {t('quotesLink')}
          </Link>
        </nav>
      </header>
      <DocumentEditor
        documentId={doc.id}
        sourceLang={doc.sourceLang}
        langs={langs}
        // the first screen's rows come with the page; the editor asks for the rest right after
        segments={doc.segments.slice(0, FIRST_ROWS)}
        total={doc.segments.length}
        loadRows={documentRowsAction}
        save={saveSegmentAction}
        merge={mergeSegmentAction}
        split={splitSegmentAction}
        loadRevisions={revisionsAction}
        concepts={concepts}
        createConcept={createConceptAction}
        qa={qa}
        loadQa={documentQaAction}
        progress={summary?.progress ?? []}
        canReview={can.review}
      />
    </article>
  );
}
