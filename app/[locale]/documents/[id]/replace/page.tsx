import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DocumentNotFound } from '@/components/documents/document-not-found';
import { SubpageHeader } from '@/components/documents/subpage-header';
import { FindReplacePanel } from '@/components/replace/find-replace-panel';
import { asLocale } from '@/lib/i18n/as-locale';
import { asCurrentActor, valueOrThrow } from '@/lib/server/act';
import { replacePage } from '@/lib/server/replace';
import { isLang, LANGS } from '@/lib/text/lang';
import { findAction, replaceAllAction } from './actions';

export const dynamic = 'force-dynamic';

/** Find and replace across one document, one language at a time (?lang=ar picks the language). */
export default async function ReplacePage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ lang?: string; q?: string }> }) {
  const { locale, id } = await params;
  const { lang, q } = await searchParams;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('FindReplace');
  const r = await asCurrentActor((actor) => replacePage(actor, id));
  if (!r.ok && r.code === 'document-not-found') return <DocumentNotFound title={t('notFoundTitle')} message={t('notFound', { id })} back={t('backToList')} />;
  const { doc, canTranslate, canEditSource } = valueOrThrow(r);
  const langs = [...LANGS.filter((l) => l !== doc.sourceLang), doc.sourceLang];
  return (
    <article>
      <SubpageHeader documentId={doc.id} backLabel={t('back')} title={t('title')} docTitle={doc.title} sourceLang={doc.sourceLang}>
        <p className="mt-1 max-w-3xl text-sm text-stone-600">{t('intro')}</p>
      </SubpageHeader>
      <FindReplacePanel
        documentId={doc.id}
        sourceLang={doc.sourceLang}
        langs={langs}
        initialLang={isLang(lang) ? lang : langs[0]!}
        initialQuery={typeof q === 'string' ? q.slice(0, 500) : ''}
        canTranslate={canTranslate}
        canEditSource={canEditSource}
        find={findAction}
        replaceAll={replaceAllAction}
      />
    </article>
  );
}
