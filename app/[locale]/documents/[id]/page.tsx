import { asLocale } from '@/lib/i18n/as-locale';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { DocumentNotFound } from '@/components/documents/document-not-found';
import { ProgressBar } from '@/components/documents/progress-bar';
import { DocumentEditor } from '@/components/editor/document-editor';
import { getDocument, listDocuments } from '@/lib/db/documents';
import { Link } from '@/lib/i18n/navigation';
import { glossaryIndex, loadAllConcepts } from '@/lib/db/glossary';
import { relevantConcepts } from '@/lib/terms/relevant-concepts';
import { LANGS, type Lang } from '@/lib/text/lang';
import { createConceptAction, documentQaAction, mergeSegmentAction, revisionsAction, saveSegmentAction, splitSegmentAction } from './actions';

// above this many concepts the editor gets only those relevant to the document
const CLIENT_GLOSSARY_LIMIT = 5000;

export const dynamic = 'force-dynamic';

export default async function DocumentPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('DocumentPage');
  const format = await getFormatter();
  const docId = /^\d{1,15}$/.test(id) ? Number(id) : null;
  const doc = docId === null ? null : await getDocument(docId);
  if (!doc) {
    return <DocumentNotFound title={t('notFoundTitle')} message={t('notFound', { id })} back={t('backToList')} />;
  }
  const [summary, allConcepts] = await Promise.all([listDocuments(doc.id).then(([one]) => one), loadAllConcepts()]);
  // a large glossary is not sent whole: the concepts the document uses, and every wrong term
  const concepts =
    allConcepts.length <= CLIENT_GLOSSARY_LIMIT
      ? allConcepts
      : relevantConcepts(allConcepts, await glossaryIndex(), [
          ...doc.segments.map((s) => ({ text: s.text, lang: doc.sourceLang })),
          ...doc.segments.flatMap((s) => Object.entries(s.translations).map(([lang, tr]) => ({ text: tr!.text, lang: lang as Lang }))),
        ]);
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
        <nav aria-label={t('toolsNav')} className="mt-3 flex flex-wrap gap-4 text-sm">
          {(['ar', 'fa'] as const).filter((l) => l !== doc.sourceLang).map((l) => (
            <Link key={`qa-${l}`} href={`/documents/${doc.id}/qa/${l}`} className="text-emerald-800 underline">
              {t('qaLink', { lang: t(`lang.${l}`) })}
            </Link>
          ))}
          {(['ar', 'fa'] as const).filter((l) => l !== doc.sourceLang).map((l) => (
            <Link key={`ed-${l}`} href={`/documents/${doc.id}/edition/${l}`} className="text-emerald-800 underline">
              {t('editionLink', { lang: t(`lang.${l}`) })}
            </Link>
          ))}
          <Link href={`/documents/${doc.id}/quotes`} className="text-emerald-800 underline">
            {t('quotesLink')}
          </Link>
        </nav>
        <div className="mt-3 grid max-w-2xl gap-2 sm:grid-cols-2">
          {summary?.progress.map((p) => <ProgressBar key={p.lang} progress={p} />)}
        </div>
      </header>
      <DocumentEditor
        documentId={doc.id}
        sourceLang={doc.sourceLang}
        langs={langs}
        segments={doc.segments}
        save={saveSegmentAction}
        merge={mergeSegmentAction}
        split={splitSegmentAction}
        loadRevisions={revisionsAction}
        concepts={concepts}
        createConcept={createConceptAction}
        loadDocumentQa={documentQaAction}
      />
    </article>
  );
}
