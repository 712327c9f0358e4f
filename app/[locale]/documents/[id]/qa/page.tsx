import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { withBdi } from '@/components/layout/with-bdi';
import { DocumentNotFound } from '@/components/documents/document-not-found';
import { SubpageHeader } from '@/components/documents/subpage-header';
import { BatchAcceptForm } from '@/components/qa/batch-accept-form';
import { CheckCounts } from '@/components/qa/check-counts';
import { FindingFilters } from '@/components/qa/finding-filters';
import { asLocale } from '@/lib/i18n/as-locale';
import { Link } from '@/lib/i18n/navigation';
import { parseFindingFilter, type FindingFilter } from '@/lib/qa/finding-filter';
import { CHECKS } from '@/lib/qa/registry';
import { asCurrentActor, valueOrThrow } from '@/lib/server/act';
import { qaOverview } from '@/lib/server/qa-batch';
import { dirOf } from '@/lib/text/lang';
import { batchAcceptAction } from './actions';

export const dynamic = 'force-dynamic';

// the URL's names of the filters (segmentState is segState)
const query = (f: FindingFilter) =>
  new URLSearchParams(Object.entries(f).filter(([, v]) => v).map(([k, v]) => [k === 'segmentState' ? 'segState' : k, String(v)])).toString();

/** QA of a document in all its target languages: filters, counts per check, select findings and accept them with one reason. */
export default async function QaOverviewPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id } = await params;
  setRequestLocale(asLocale(locale));
  const filter = parseFindingFilter(await searchParams);
  const t = await getTranslations('QaOverview');
  const tq = await getTranslations('QaPage');
  const tf = await getTranslations('QaFindings');
  const format = await getFormatter();
  const r = await asCurrentActor((actor) => qaOverview(actor, id, filter));
  if (!r.ok && r.code === 'document-not-found') return <DocumentNotFound title={t('notFoundTitle')} message={t('notFound', { id })} back={t('backToList')} />;
  const o = valueOrThrow(r);
  const { doc } = o;
  const segIndex = new Map(doc.segments.map((s, i) => [String(s.id), { n: i + 1, seg: s }]));
  const acceptance = new Map(o.acceptances.map((a) => [JSON.stringify([a.lang, a.key]), a]));
  const selectable = o.canAccept ? o.items.filter((x) => x.state === 'open').length : 0;
  const checkMenu = CHECKS.map((c) => ({ id: c.id, count: o.counts.find((k) => k.checkId === c.id)?.open ?? 0 })).filter((c) => c.count > 0 || c.id === filter.check);
  const href = (f: FindingFilter) => `/documents/${doc.id}/qa${query(f) ? `?${query(f)}` : ''}`;

  return (
    <article>
      <SubpageHeader documentId={doc.id} backLabel={tq('back')} title={t('title')} docTitle={doc.title} sourceLang={doc.sourceLang}>
        <nav className="mt-2 flex flex-wrap gap-4 text-sm">
          {o.langs.map((l) => (
            <Link key={l} href={`/documents/${doc.id}/qa/${l}`} className="text-emerald-800 underline">
              {tq('otherLang', { lang: tq(`lang.${l}`) })}
            </Link>
          ))}
        </nav>
      </SubpageHeader>
      <ul className="mb-4 grid gap-2 sm:grid-cols-2" data-testid="qa-gates">
        {o.gates.map((g) => (
          <li key={g.lang} data-testid="qa-gate" data-lang={g.lang} data-blocked={g.blocked ? 'true' : 'false'} data-open-errors={g.openErrors}
            className={`rounded border p-2 text-sm ${g.blocked ? 'border-red-200 bg-red-50 text-red-900' : 'border-emerald-200 bg-emerald-50 text-emerald-900'}`}>
            {t('gate', { lang: tq(`lang.${g.lang}`), errors: g.openErrors, warnings: g.openWarnings })}
          </li>
        ))}
      </ul>
      <FindingFilters filter={filter} checks={checkMenu} langs={o.langs} />
      <section aria-labelledby="qa-counts-heading" className="my-4">
        <h2 id="qa-counts-heading" className="mb-2 text-lg font-semibold">
          {tq('summary')}
        </h2>
        <CheckCounts counts={o.counts} current={filter.check} hrefOf={(checkId) => href({ ...filter, check: filter.check === checkId ? undefined : checkId })} />
      </section>
      <section aria-labelledby="qa-list-heading">
        <h2 id="qa-list-heading" className="mb-2 text-lg font-semibold" data-testid="qa-shown" data-shown={o.shown} data-matching={o.matching}>
          {t('shown', { shown: o.shown, matching: o.matching, total: o.total })}
        </h2>
        {o.matching > o.shown && <p className="mb-2 text-sm text-stone-700">{t('narrow', { limit: o.shown })}</p>}
        <BatchAcceptForm documentId={doc.id} action={batchAcceptAction} selectable={selectable}>
          {o.items.length === 0 && <p>{tq('noFindings')}</p>}
          <ol className="grid gap-2" data-testid="qa-finding-list">
            {o.items.map((x) => {
              const f = x.finding;
              const at = segIndex.get(f.unitId);
              const value = JSON.stringify([x.lang, x.key]);
              const acc = acceptance.get(value);
              const target = at?.seg.translations[x.lang]?.text;
              return (
                <li key={value} data-testid="qa-item" data-check-id={f.checkId} data-severity={f.severity} data-lang={x.lang} data-unit-id={f.unitId} data-accepted={x.state === 'accepted' ? 'true' : 'false'}
                  className={`rounded border p-2 ${x.state === 'accepted' ? 'border-stone-200 bg-stone-50' : f.severity === 'error' ? 'border-red-200 bg-white' : 'border-amber-200 bg-white'}`}>
                  <div className="flex flex-wrap items-baseline gap-2">
                    {o.canAccept && x.state === 'open' && (
                      <input type="checkbox" name="item" value={value} aria-label={t('select')} data-testid="qa-select" className="self-center" />
                    )}
                    <span className={`rounded px-1.5 py-0.5 text-xs ${f.severity === 'error' ? 'bg-red-100 text-red-900' : 'bg-amber-100 text-amber-900'}`}>{tq(`severity.${f.severity}`)}</span>
                    <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs">{tq(`lang.${x.lang}`)}</span>
                    <span className="font-medium" data-testid="qa-message">
                      {tf.has(f.checkId as never) ? tf(f.checkId as never, f.params as never) : f.checkId}
                    </span>
                    {x.count > 1 && <span className="text-xs text-stone-600">{tq('times', { count: x.count })}</span>}
                    {at && (
                      <Link href={`/documents/${doc.id}#segment-${f.unitId}`} className="ms-auto text-sm text-emerald-800 underline">
                        {tq('segmentLink', { n: at.n })}
                      </Link>
                    )}
                  </div>
                  {at && (
                    <p lang={x.lang} dir={dirOf(x.lang)} className="mt-1 line-clamp-2 text-sm text-stone-800">
                      {target === undefined || target === '' ? <em>{tq('noTarget')}</em> : target}
                    </p>
                  )}
                  {acc && (
                    <p className="mt-1 text-xs text-stone-700" data-testid="qa-accepted">
                      {withBdi((v) => tq('acceptedBy', v), { who: acc.acceptedByName ?? acc.acceptedBy, when: format.dateTime(new Date(acc.acceptedAt), { dateStyle: 'medium', timeStyle: 'short' }) }, 'who')} · {tq('acceptedReason', { reason: acc.reason })}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </BatchAcceptForm>
      </section>
    </article>
  );
}
