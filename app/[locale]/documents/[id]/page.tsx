import { asLocale } from '@/lib/i18n/as-locale';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DocumentNotFound } from '@/components/documents/document-not-found';
import { Byline } from '@/components/documents/byline';
import { ProgressBar } from '@/components/documents/progress-bar';
import { DocumentEditor } from '@/components/editor/document-editor';
import { Link } from '@/lib/i18n/navigation';
import { AssignmentPanel } from '@/components/documents/assignment-panel';
import { ReviewProvider } from '@/components/review/review-context';
import { documentAssignments } from '@/lib/server/assignments';
import { asCurrentActor, currentActorCan, valueOrThrow } from '@/lib/server/act';
import { editorPage } from '@/lib/server/documents';
import { LANGS } from '@/lib/text/lang';
import { createConceptAction, mergeSegmentAction, revisionsAction, saveSegmentAction, splitSegmentAction } from './actions';
import { assignDocumentAction, reviewSegmentAction } from './review-actions';

export const dynamic = 'force-dynamic';

export default async function DocumentPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('DocumentPage');
  const r = await asCurrentActor((actor) => editorPage(actor, id));
  if (!r.ok && r.code === 'document-not-found') return <DocumentNotFound title={t('notFoundTitle')} message={t('notFound', { id })} back={t('backToList')} />;
  const { doc, summary, concepts, qa } = valueOrThrow(r);
  const langs = [doc.sourceLang, ...LANGS.filter((l) => l !== doc.sourceLang)];
  const team = await asCurrentActor((actor) => documentAssignments(actor, doc.id));
  return (
    <article>
      <header className="mb-4">
        <h1 className="text-2xl font-bold">
          <bdi lang={doc.sourceLang}>{doc.title}</bdi>
        </h1>
        <Byline authors={doc.authors} publishedOn={doc.publishedOn} lang={doc.sourceLang} />
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
          <Link href={`/documents/${doc.id}/qa`} className="text-emerald-800 underline" data-testid="qa-all-link">
            {t('qaAllLink')}
          </Link>
          <Link href={`/documents/${doc.id}/replace`} className="text-emerald-800 underline" data-testid="replace-link">
            {t('replaceLink')}
          </Link>
        </nav>
        {team.ok && (
          <AssignmentPanel documentId={doc.id} targets={langs.filter((l) => l !== doc.sourceLang)} assignments={team.value.assignments} candidates={team.value.candidates} canAssign={team.value.canAssign} assign={assignDocumentAction} />
        )}
        <div className="mt-3 grid max-w-2xl gap-2 sm:grid-cols-2">
          {summary?.progress.map((p) => <ProgressBar key={p.lang} progress={p} />)}
        </div>
      </header>
      <ReviewProvider canReview={await currentActorCan('segment.review')} review={reviewSegmentAction}>
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
        qa={qa}
      />
      </ReviewProvider>
    </article>
  );
}
