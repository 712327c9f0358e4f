import { TmPanel } from '@/components/tm/tm-panel';
import { tmLookupAction } from './tm-actions';
import { asLocale } from '@/lib/i18n/as-locale';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { DocumentNotFound } from '@/components/documents/document-not-found';
import { ProgressBar } from '@/components/documents/progress-bar';
import { DocumentEditor } from '@/components/editor/document-editor';
import { Link } from '@/lib/i18n/navigation';
import { asCurrentActor, valueOrThrow } from '@/lib/server/act';
import { editorPage } from '@/lib/server/documents';
import { LANGS } from '@/lib/text/lang';
import { createConceptAction, mergeSegmentAction, revisionsAction, saveSegmentAction, splitSegmentAction } from './actions';

export const dynamic = 'force-dynamic';

export default async function DocumentPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('DocumentPage');
  const format = await getFormatter();
  const r = await asCurrentActor((actor) => editorPage(actor, id));
  if (!r.ok && r.code === 'document-not-found') return <DocumentNotFound title={t('notFoundTitle')} message={t('notFound', { id })} back={t('backToList')} />;
  const { doc, summary, concepts, qa } = valueOrThrow(r);
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
      <div className="gap-4 xl:grid xl:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0">
      <DocumentEditor
        aside={<TmPanel documentId={doc.id} sourceLang={doc.sourceLang} targets={langs.slice(1)} lookup={tmLookupAction} slotId="tm-panel-slot" segmentIds={doc.segments.map((s) => s.id)} />}
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
        qa={qa}
      />
      </div>
      <aside id="tm-panel-slot" className="sticky bottom-0 z-20 mt-4 xl:top-2 xl:bottom-auto xl:mt-0 xl:self-start" />
      </div>
    </article>
  );
}
