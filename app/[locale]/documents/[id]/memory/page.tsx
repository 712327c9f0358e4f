import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DocumentNotFound } from '@/components/documents/document-not-found';
import { SubpageHeader } from '@/components/documents/subpage-header';
import { MemorySettingsForm } from '@/components/tm/memory-settings-form';
import { PretranslateForm } from '@/components/tm/pretranslate-form';
import { asLocale } from '@/lib/i18n/as-locale';
import { asCurrentActor, currentActorCan, valueOrThrow } from '@/lib/server/act';
import { listDocuments } from '@/lib/server/documents';
import { documentMemories, listMemories } from '@/lib/server/tm';
import { LANGS } from '@/lib/text/lang';
import { analyzeAction, pretranslateAction, saveMemorySettingsAction } from './actions';

export const dynamic = 'force-dynamic';

export default async function DocumentMemoryPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('TmDocumentPage');
  const settings = await asCurrentActor((actor) => documentMemories(actor, id));
  if (!settings.ok && (settings.code === 'document-not-found' || settings.code === 'invalid-input')) {
    return <DocumentNotFound title={t('notFoundTitle')} message={t('notFound', { id })} back={t('backToList')} />;
  }
  const s = valueOrThrow(settings);
  const docs = valueOrThrow(await asCurrentActor((actor) => listDocuments(actor)));
  const memories = valueOrThrow(await asCurrentActor((actor) => listMemories(actor)));
  const doc = docs.find((d) => d.id === s.documentId);
  const sourceLang = doc?.sourceLang ?? 'en';
  const [canEdit, canPretranslate] = [await currentActorCan('tm.edit'), await currentActorCan('tm.pretranslate')];
  return (
    <article>
      <SubpageHeader documentId={s.documentId} backLabel={t('backToDocument')} title={t('title')} docTitle={doc?.title ?? ''} sourceLang={sourceLang}>
        <p className="mt-1 max-w-3xl text-sm text-stone-600">{t('intro')}</p>
      </SubpageHeader>
      <div className="grid gap-8 lg:grid-cols-2">
        <MemorySettingsForm documentId={s.documentId} initial={s} memories={memories} canEdit={canEdit} save={saveMemorySettingsAction} />
        <PretranslateForm
          documentId={s.documentId}
          targets={LANGS.filter((l) => l !== sourceLang)}
          threshold={s.threshold}
          canWrite={canPretranslate}
          analyze={analyzeAction}
          pretranslate={pretranslateAction}
        />
      </div>
    </article>
  );
}
