import { SubpageHeader } from '@/components/documents/subpage-header';
import { withBdi } from '@/components/layout/with-bdi';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { asLocale } from '@/lib/i18n/as-locale';
import { Link } from '@/lib/i18n/navigation';
import { asCurrentActor, valueOrThrow } from '@/lib/server/act';
import { editionPage } from '@/lib/server/editions';
import { isLang } from '@/lib/text/lang';
import { PublishForm, StyleForm, XliffImportForm } from './forms';

export const dynamic = 'force-dynamic';

const FORMATS = ['html', 'md', 'docx', 'xliff'] as const;

/** The Arabic or Farsi edition of a document: preview, house style, downloads, publishing and XLIFF import. */
export default async function EditionPage({ params }: { params: Promise<{ locale: string; id: string; lang: string }> }) {
  const { locale, id, lang } = await params;
  setRequestLocale(asLocale(locale));
  if (!isLang(lang)) notFound();
  const r = await asCurrentActor((actor) => editionPage(actor, id, lang));
  if (!r.ok && r.code === 'document-not-found') notFound();
  const { doc, gate: qa, style, untranslated, publications, can } = valueOrThrow(r);
  if (doc.sourceLang === lang) notFound();
  const t = await getTranslations('EditionPage');
  const format = await getFormatter();
  const langName = t(`lang.${lang}`);
  const exportUrl = (f: string, inline = false) => `/api/documents/${doc.id}/export?lang=${lang}&format=${f}${inline ? '&inline=1' : ''}`;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <article>
      <SubpageHeader documentId={doc.id} backLabel={t('back')} title={t('title', { lang: langName })} docTitle={doc.title} sourceLang={doc.sourceLang} />
      <div
        role="status"
        data-testid="publish-gate"
        data-blocked={qa.blocked ? 'true' : 'false'}
        data-open-errors={qa.openErrors}
        className={`mb-4 rounded border p-3 ${qa.blocked ? 'border-red-200 bg-red-50 text-red-900' : 'border-emerald-200 bg-emerald-50 text-emerald-900'}`}
      >
        <p>{qa.blocked ? t('gateBlocked', { count: qa.openErrors }) : t('gateOpen')}</p>
        {untranslated > 0 && <p className="mt-1 text-sm">{t('untranslated', { count: untranslated })}</p>}
        <Link href={`/documents/${doc.id}/qa/${lang}`} className="text-sm underline" data-testid="edition-qa-link">
          {t('qaLink', { lang: langName })}
        </Link>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="edition-preview-heading">
          <h2 id="edition-preview-heading" className="mb-2 text-lg font-semibold">
            {t('previewHeading')}
          </h2>
          <iframe
            key={JSON.stringify(style)}
            src={exportUrl('html', true)}
            title={t('previewTitle', { lang: langName })}
            sandbox=""
            className="h-[70vh] w-full rounded border border-stone-300 bg-white"
            data-testid="edition-preview"
          />
        </section>
        <aside className="grid content-start gap-6">
          <section aria-labelledby="edition-publish-heading">
            <h2 id="edition-publish-heading" className="mb-2 text-lg font-semibold">
              {t('publishHeading')}
            </h2>
            {/* what the role cannot do is not shown (the use case refuses it anyway) */}
            {can.publish && <PublishForm documentId={doc.id} lang={lang} blocked={qa.blocked} />}
            <h3 className="mt-4 text-sm font-semibold">{t('historyHeading')}</h3>
            {publications.length === 0 ? (
              <p className="text-sm text-stone-600">{t('noPublications')}</p>
            ) : (
              <ol className="grid gap-1 text-sm" data-testid="publication-list">
                {publications.map((p) => (
                  <li key={p.id} data-testid="publication" data-override={p.overrideReason ? 'true' : 'false'}>
                    {p.overrideReason
                      ? withBdi((v) => t('publishedOverride', v), { who: p.publishedByName ?? p.publishedBy, when: when(p.publishedAt), count: p.openErrors, reason: p.overrideReason ?? '' }, 'who')
                      : withBdi((v) => t('published', v), { who: p.publishedByName ?? p.publishedBy, when: when(p.publishedAt) }, 'who')}
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="edition-download-heading">
            <h2 id="edition-download-heading" className="mb-2 text-lg font-semibold">
              {t('downloadsHeading')}
            </h2>
            <ul className="flex flex-wrap gap-2">
              {FORMATS.map((f) => (
                <li key={f}>
                  <a href={exportUrl(f)} download className="inline-block rounded border border-stone-300 bg-white px-3 py-1 text-sm" data-testid={`download-${f}`}>
                    {t(`download.${f}`)}
                  </a>
                </li>
              ))}
            </ul>
          </section>
          {can.style && (
            <section aria-labelledby="edition-style-heading">
              <h2 id="edition-style-heading" className="mb-2 text-lg font-semibold">
                {t('styleHeading')}
              </h2>
              <StyleForm documentId={doc.id} lang={lang} style={style} />
            </section>
          )}
          {can.importXliff && (
            <section aria-labelledby="edition-xliff-heading">
              <h2 id="edition-xliff-heading" className="mb-2 text-lg font-semibold">
                {t('xliffHeading')}
              </h2>
              <XliffImportForm documentId={doc.id} lang={lang} />
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}
