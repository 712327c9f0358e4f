import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { withBdi } from '@/components/layout/with-bdi';
import { ConceptActions } from '@/components/glossary/concept-actions';
import { ConceptForm } from '@/components/glossary/concept-form';
import { ConceptHistory } from '@/components/glossary/concept-history';
import { ConceptOccurrences } from '@/components/glossary/concept-occurrences';
import { asCurrentActor, currentActorCan, valueOrThrow } from '@/lib/server/act';
import { ConceptComments } from '@/components/comments/concept-comments';
import { addCommentAction, resolveThreadAction, threadsAction } from '../../comment-actions';

const COMMENT_ACTIONS = { threads: threadsAction, addComment: addCommentAction, resolve: resolveThreadAction };
import { conceptPage } from '@/lib/server/glossary';
import { asLocale } from '@/lib/i18n/as-locale';
import { Link } from '@/lib/i18n/navigation';
import { dirOf } from '@/lib/text/lang';
import { createConceptAction, deleteConceptAction, restoreConceptAction, updateConceptAction } from '../actions';

export const dynamic = 'force-dynamic';

export default async function ConceptPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id: rawId } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('GlossaryConceptPage');
  const format = await getFormatter();
  const id = decodeURIComponent(rawId);
  const r = await asCurrentActor((actor) => conceptPage(actor, id));
  if (!r.ok && r.code === 'glossary-concept-not-found') {
    return (
      <div role="alert" className="rounded border border-red-200 bg-red-50 p-6">
        <h1 className="text-xl font-bold text-red-900">{t('notFoundTitle')}</h1>
        <p className="mt-2 text-red-900">{t('notFound', { id })}</p>
        <Link href="/glossary" className="mt-4 inline-block text-emerald-800 underline">{t('back')}</Link>
      </div>
    );
  }
  const { concept, history, occurrences, canEdit } = valueOrThrow(r);
  const [canComment, canResolve] = await Promise.all([currentActorCan('comment.write'), currentActorCan('comment.resolve')]);
  const title = concept.terms.find((x) => x.lang === locale && x.status === 'preferred') ?? concept.terms.find((x) => x.status === 'preferred') ?? concept.terms[0];
  return (
    <article className="grid gap-6" data-testid="concept-page" data-concept-id={concept.id}>
      <Link href="/glossary" className="text-sm text-emerald-900 underline">{t('back')}</Link>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold" lang={title?.lang} dir={title ? dirOf(title.lang) : undefined}>{title?.text ?? concept.id}</h1>
          <p className="text-sm text-stone-600">
            <code dir="ltr">{concept.id}</code> · {t('version', { version: concept.version })} ·{' '}
            {withBdi((v) => t('updated', v), { who: concept.updatedBy, when: format.dateTime(new Date(concept.updatedAt), { dateStyle: 'medium', timeStyle: 'short' }) }, 'who')}
          </p>
          {concept.deletedAt && <p role="status" className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="concept-deleted">{t('deletedNotice')}</p>}
        </div>
        <ConceptActions id={concept.id} deleted={!!concept.deletedAt} canEdit={canEdit} remove={deleteConceptAction} restore={restoreConceptAction} />
      </header>
      <section aria-labelledby="concept-terms-heading" className="grid gap-3">
        <h2 id="concept-terms-heading" className="text-xl font-bold">{t('terms')}</h2>
        <ConceptForm key={concept.id} concept={concept} canEdit={canEdit} create={createConceptAction} update={updateConceptAction} />
      </section>
      <section aria-labelledby="concept-occurrences-heading" className="grid gap-3">
        <h2 id="concept-occurrences-heading" className="text-xl font-bold">{t('occurrences', { count: occurrences.length })}</h2>
        <ConceptOccurrences rows={occurrences} />
      </section>
      <ConceptComments conceptId={concept.id} actions={COMMENT_ACTIONS} canComment={canComment} canResolve={canResolve} />
      <section aria-labelledby="concept-history-heading" className="grid gap-3">
        <h2 id="concept-history-heading" className="text-xl font-bold">{t('history')}</h2>
        <ConceptHistory rows={history} />
      </section>
    </article>
  );
}
