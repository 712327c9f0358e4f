import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { DeleteUnitButton } from '@/components/tm/delete-unit-button';
import { HitText } from '@/components/tm/hit-text';
import { asLocale } from '@/lib/i18n/as-locale';
import { Link } from '@/lib/i18n/navigation';
import { asCurrentActor, currentActorCan } from '@/lib/server/act';
import { concordance } from '@/lib/server/tm';
import { isLang, LANGS, type Lang } from '@/lib/text/lang';
import { deleteUnitAction } from '../actions';

export const dynamic = 'force-dynamic';

/** Concordance: how a word or phrase was translated before, searched in any of the three languages. */
export default async function ConcordancePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string; lang?: string }> }) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const sp = await searchParams;
  const t = await getTranslations('TmConcordance');
  const tl = await getTranslations('Editor');
  const te = await getTranslations('Errors');
  const format = await getFormatter();
  const q = (sp.q ?? '').trim().slice(0, 500);
  const lang: Lang = isLang(sp.lang) ? sp.lang : 'ar';
  const r = q ? await asCurrentActor((actor) => concordance(actor, { lang, text: q })) : null;
  const canDelete = await currentActorCan('tm.edit');
  return (
    <article>
      <header className="mb-4">
        <p className="text-sm">
          <Link href="/tm" className="text-emerald-800 underline">
            {t('backToMemories')}
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-sm text-stone-600">{t('intro')}</p>
      </header>
      <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          {t('lang')}
          <select name="lang" defaultValue={lang} className="rounded border border-stone-300 px-2 py-1">
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {tl(`lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          {t('query')}
          <input type="search" name="q" defaultValue={q} dir="auto" required maxLength={500} className="w-80 max-w-full rounded border border-stone-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded bg-emerald-700 px-3 py-1 text-white hover:bg-emerald-800">
          {t('search')}
        </button>
      </form>
      {r && !r.ok && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
          {te.has(r.code as never) ? te(r.code as never, r.params as never) : te('internal')}
        </p>
      )}
      {r && r.ok && (
        <section aria-labelledby="hits-title">
          <h2 id="hits-title" className="mb-2 text-lg font-semibold" aria-live="polite">
            {t('hits', { n: r.value.length })}
          </h2>
          <ol className="flex flex-col gap-3" data-testid="tm-hits">
            {r.value.map((h) => (
              <li key={`${h.unitId}-${h.side}`} data-testid="tm-hit" className="rounded border border-stone-200 bg-white p-3">
                <div className="grid gap-2 md:grid-cols-2">
                  <HitText text={h.source} lang={h.sourceLang} ranges={h.side === 'source' ? h.ranges : []} testId="tm-hit-source" />
                  <HitText text={h.target} lang={h.targetLang} ranges={h.side === 'target' ? h.ranges : []} testId="tm-hit-target" />
                </div>
                <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-stone-600">
                  <span>{t('pair', { source: tl(`lang.${h.sourceLang}`), target: tl(`lang.${h.targetLang}`) })}</span>
                  <span>·</span>
                  <bdi>{h.memory.name}</bdi>
                  {h.origin.document && (
                    <>
                      <span>·</span>
                      <Link href={`/documents/${h.origin.document.id}`} className="text-emerald-800 underline">
                        <bdi>{h.origin.document.title}</bdi>
                      </Link>
                    </>
                  )}
                  <span>·</span>
                  <time dateTime={h.origin.at}>{format.dateTime(new Date(h.origin.at), { dateStyle: 'medium' })}</time>
                  {canDelete && (
                    <span className="ms-auto">
                      <DeleteUnitButton unitId={h.unitId} remove={deleteUnitAction} />
                    </span>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
