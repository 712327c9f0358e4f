import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TmxImportForm } from '@/components/tm/tmx-import-form';
import { asLocale } from '@/lib/i18n/as-locale';
import { Link } from '@/lib/i18n/navigation';
import { asCurrentActor, currentActorCan, valueOrThrow } from '@/lib/server/act';
import { memoryOverview } from '@/lib/server/tm-memories';
import { importTmxAction } from './actions';

export const dynamic = 'force-dynamic';

/** Translation memories: each with its units and language pairs, TMX export per pair, TMX import. */
export default async function MemoriesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('TmMemories');
  const tl = await getTranslations('Editor');
  const memories = valueOrThrow(await asCurrentActor((actor) => memoryOverview(actor)));
  const canImport = await currentActorCan('tm.import');
  const exportHref = (m: string, s: string, tg: string) => `/api/tm/export?${new URLSearchParams({ source: s, target: tg, memory: m })}`;
  return (
    <article>
      <header className="mb-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-sm text-stone-600">{t('intro')}</p>
        <p className="mt-2 text-sm">
          <Link href="/tm/concordance" className="text-emerald-800 underline">
            {t('concordanceLink')}
          </Link>
        </p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="memories-title">
          <h2 id="memories-title" className="mb-2 text-lg font-semibold">
            {t('listTitle')}
          </h2>
          {memories.length === 0 ? (
            <p className="text-sm text-stone-600">{t('empty')}</p>
          ) : (
            <table className="w-full text-sm" data-testid="tm-memories">
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="py-1 text-start">{t('name')}</th>
                  <th scope="col" className="py-1 text-start">{t('kindLabel')}</th>
                  <th scope="col" className="py-1 text-end">{t('units')}</th>
                  <th scope="col" className="py-1 ps-4 text-start">{t('pairs')}</th>
                </tr>
              </thead>
              <tbody>
                {memories.map((m) => (
                  <tr key={m.id} data-testid="tm-memory" className="border-b border-stone-100 align-top">
                    <th scope="row" className="py-2 text-start font-medium">
                      <bdi>{m.name}</bdi>
                    </th>
                    <td className="py-2">{t(`kind.${m.kind}`)}</td>
                    <td className="py-2 text-end tabular-nums">{t('count', { n: m.units })}</td>
                    <td className="py-2 ps-4">
                      <ul className="flex flex-col gap-1">
                        {m.pairs.map((p) => (
                          <li key={`${p.source}-${p.target}`} className="flex flex-wrap items-center gap-2">
                            <span>{t('pair', { source: tl(`lang.${p.source}`), target: tl(`lang.${p.target}`), n: p.units })}</span>
                            <a href={exportHref(m.name, p.source, p.target)} download className="text-emerald-800 underline" aria-label={t('exportLabel', { name: m.name, source: tl(`lang.${p.source}`), target: tl(`lang.${p.target}`) })}>
                              {t('export')}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {canImport && <TmxImportForm importTmx={importTmxAction} />}
      </div>
    </article>
  );
}
