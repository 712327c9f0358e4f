import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ConceptForm } from '@/components/glossary/concept-form';
import { currentActorCan } from '@/lib/server/act';
import { asLocale } from '@/lib/i18n/as-locale';
import { Link } from '@/lib/i18n/navigation';
import { isLang } from '@/lib/text/lang';
import { CONCEPT_LIMITS } from '@/lib/terms/concept-schema';
import { createConceptAction, proposeConceptAction, updateConceptAction } from '../actions';

export const dynamic = 'force-dynamic';

/** A new concept; `?lang=ar&text=…` prefills a term (the editor's "Add to glossary" may link here). */
export default async function NewConceptPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('GlossaryConceptPage');
  const { lang, text } = await searchParams;
  const canEdit = await currentActorCan('glossary.edit');
  // a translator's new concept is a proposal that waits for an editor
  const canPropose = !canEdit && (await currentActorCan('glossary.propose'));
  return (
    <article className="grid gap-4">
      <Link href="/glossary" className="text-sm text-emerald-900 underline">{t('back')}</Link>
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      {canPropose && <p className="text-sm text-stone-700">{t('proposeHint')}</p>}
      {canEdit || canPropose ? (
        <ConceptForm concept={null} canEdit prefill={isLang(lang) && text ? { lang, text: text.slice(0, CONCEPT_LIMITS.term) } : undefined} create={createConceptAction} update={updateConceptAction} propose={canPropose ? proposeConceptAction : undefined} />
      ) : (
        <p role="alert">{t('readOnly')}</p>
      )}
    </article>
  );
}
