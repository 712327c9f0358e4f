import { TmPanel } from '@/components/tm/tm-panel';
import { tmLookupAction } from './tm-actions';
import { asLocale } from '@/lib/i18n/as-locale';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DocumentNotFound } from '@/components/documents/document-not-found';
import { Byline } from '@/components/documents/byline';
import { DocumentEditor } from '@/components/editor/document-editor';
import { chunkOffsets, rowsUrl } from '@/components/editor/document-rows';
import { preload } from 'react-dom';
import { Link } from '@/lib/i18n/navigation';
import { AssignmentPanel } from '@/components/documents/assignment-panel';
import { ReviewProvider } from '@/components/review/review-context';
import { documentAssignments } from '@/lib/server/assignments';
import { asCurrentActor, currentActorCan, valueOrThrow } from '@/lib/server/act';
import { editorPage } from '@/lib/server/documents';
import { LANGS } from '@/lib/text/lang';
import { countByLang } from '@/lib/text/word-count';
import { integerSymbols } from '@/lib/i18n/integer-format';
import { createConceptAction, documentQaAction, mergeSegmentAction, revisionsAction, saveSegmentAction, splitSegmentAction } from './actions';
import { assignDocumentAction, reviewSegmentAction } from './review-actions';
import { documentCommentCounts } from '@/lib/server/comments';
import { DocumentTeam } from '@/components/live/document-team';
import { PresenceBar } from '@/components/presence/presence-bar';
import { addCommentAction, resolveThreadAction, threadsAction } from '../../comment-actions';
import { historyAction, restoreRevisionAction } from './history-actions';

const TEAM_ACTIONS = { threads: threadsAction, addComment: addCommentAction, resolve: resolveThreadAction, history: historyAction, restore: restoreRevisionAction };

export const dynamic = 'force-dynamic';

/** Rows sent with the page: more than a screen of them. */
const FIRST_ROWS = 40;

export default async function DocumentPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('DocumentPage');
  // the live feed replays what was saved after this moment (its clock is the server's, as the feed's)
  const renderedAt = Date.now();
  // all at once (each is a few queries; one after the other they were a third of the server's time)
  const [r, team, counts, canComment, canResolve, canRestore, canRestoreSource, canReview] = await Promise.all([
    asCurrentActor((actor) => editorPage(actor, id, { qa: false })),
    asCurrentActor((actor) => documentAssignments(actor, id)),
    asCurrentActor((actor) => documentCommentCounts(actor, id)),
    currentActorCan('comment.write'),
    currentActorCan('comment.resolve'),
    currentActorCan('segment.translate'),
    currentActorCan('segment.edit-source'),
    currentActorCan('segment.review'),
  ]);
  if (!r.ok && r.code === 'document-not-found') return <DocumentNotFound title={t('notFoundTitle')} message={t('notFound', { id })} back={t('backToList')} />;
  const { doc, summary, concepts, qa, can } = valueOrThrow(r);
  const langs = [doc.sourceLang, ...LANGS.filter((l) => l !== doc.sourceLang)];
  // the document's counts, counted as the editor counts them, and their line written here (see DocumentCounts)
  const te = await getTranslations('Editor');
  const counted = countByLang(doc.segments.flatMap((s) => langs.map((l) => ({ lang: l, text: l === doc.sourceLang ? s.text : (s.translations[l]?.text ?? '') }))));
  const firstCounts = {
    counts: Object.fromEntries(langs.map((l) => [l, counted[l]])),
    text: Object.fromEntries(langs.map((l) => [l, te('documentCounts', { lang: te(`lang.${l}`), words: counted[l].words, characters: counted[l].characters })])),
  };
  // the rows after the first screen's: the browser fetches them while it loads the editor's script
  for (const offset of chunkOffsets(FIRST_ROWS, doc.segments.length)) preload(rowsUrl(doc.id, offset), { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <article>
      <header className="mb-4">
        <h1 className="text-2xl font-bold">
          <bdi lang={doc.sourceLang}>{doc.title}</bdi>
        </h1>
        <Byline authors={doc.authors} publishedOn={doc.publishedOn} lang={doc.sourceLang} />
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
          <Link href={`/documents/${doc.id}/qa`} prefetch={false} className="text-emerald-800 underline" data-testid="qa-all-link">
            {t('qaAllLink')}
          </Link>
          <Link href={`/documents/${doc.id}/replace`} prefetch={false} className="text-emerald-800 underline" data-testid="replace-link">
            {t('replaceLink')}
          </Link>
        </nav>
        {team.ok && (
          <AssignmentPanel documentId={doc.id} targets={langs.filter((l) => l !== doc.sourceLang)} assignments={team.value.assignments} candidates={team.value.candidates} canAssign={team.value.canAssign} assign={assignDocumentAction} />
        )}
      </header>
      <div className="gap-4 xl:grid xl:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0">
      <ReviewProvider canReview={canReview} review={reviewSegmentAction}>
      <DocumentTeam documentId={doc.id} sourceLang={doc.sourceLang} renderedAt={renderedAt} actions={TEAM_ACTIONS} can={{ comment: canComment, resolve: canResolve, restore: canRestore, restoreSource: canRestoreSource }} counts={counts.ok ? counts.value : {}}>
      <PresenceBar segmentNumbers={Object.fromEntries(doc.segments.map((s, i) => [s.id, i + 1]))} />
      <DocumentEditor
        aside={<TmPanel documentId={doc.id} sourceLang={doc.sourceLang} targets={langs.slice(1)} lookup={tmLookupAction} slotId="tm-panel-slot" segmentIds={doc.segments.map((s) => s.id)} />}
        documentId={doc.id}
        sourceLang={doc.sourceLang}
        langs={langs}
        // the first screen's rows come with the page; the editor asks for the rest right after
        segments={doc.segments.slice(0, FIRST_ROWS)}
        total={doc.segments.length}
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
        canTranslate={can.translate}
        canEditSource={can.editSource}
        canAddTerm={can.glossary || can.proposeTerm}
        numbers={integerSymbols(locale)}
        firstCounts={firstCounts}
      />
      </DocumentTeam>
      </ReviewProvider>
      </div>
      <aside id="tm-panel-slot" className="sticky bottom-0 z-20 mt-4 xl:top-2 xl:bottom-auto xl:mt-0 xl:self-start" />
      </div>
    </article>
  );
}
