import { getTranslations } from 'next-intl/server';
import type { ConceptHit } from '@/lib/terms/glossary-views';
import { Link } from '@/lib/i18n/navigation';
import { dirOf, LANGS } from '@/lib/text/lang';
import { StatusBadge } from './status-badge';

/** Search results: each concept with its terms by language, the matched term first in its row. */
export async function GlossaryHitList({ hits, query }: { hits: ConceptHit[]; query: string }) {
  const t = await getTranslations('GlossaryHits');
  const tt = await getTranslations('GlossaryTerms');
  if (hits.length === 0) return <p className="text-stone-600" data-testid="glossary-no-hits">{query ? t('none', { query }) : t('empty')}</p>;
  return (
    <ul className="grid gap-3" data-testid="glossary-hit-list" aria-label={t('label')}>
      {hits.map((hit) => (
        <li key={hit.id} className="rounded border border-stone-200 bg-white p-4" data-testid="glossary-hit" data-concept-id={hit.id}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link href={`/glossary/${encodeURIComponent(hit.id)}`} className="text-lg font-semibold text-emerald-900 hover:underline" lang={hit.matched.lang} dir={dirOf(hit.matched.lang)}>
              {hit.matched.text}
            </Link>
            <span className="text-xs text-stone-600">
              {/* how a hit matched means something only for a search; the unfiltered list has none */}
              {query.trim() && (
                <>
                  <span data-testid="hit-rank">{tt(`rank.${hit.rank}`)}</span> ·{' '}
                </>
              )}
              {hit.subjectField && <><bdi>{hit.subjectField}</bdi> · </>}
              <code dir="ltr">{hit.id}</code>
            </span>
          </div>
          <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[6rem_1fr]">
            {LANGS.filter((l) => hit.terms.some((x) => x.lang === l)).map((l) => (
              <div key={l} className="contents">
                <dt className="text-stone-600">{tt(`lang.${l}`)}</dt>
                <dd lang={l} dir={dirOf(l)} className="pane-text flex flex-wrap gap-x-3 gap-y-1 text-start">
                  {hit.terms.filter((x) => x.lang === l).map((x) => (
                    <span key={x.text} className="inline-flex items-center gap-1">
                      <bdi>{x.text}</bdi>
                      {x.status !== 'preferred' && <StatusBadge status={x.status} />}
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
