import { SubpageHeader } from '@/components/documents/subpage-header';
import { CheckCounts } from '@/components/qa/check-counts';
import { withBdi } from '@/components/layout/with-bdi';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { asLocale } from '@/lib/i18n/as-locale';
import { asCurrentActor, valueOrThrow } from '@/lib/server/act';
import { qaPage } from '@/lib/server/document-qa';
import { Link } from '@/lib/i18n/navigation';
import { CHECKS } from '@/lib/qa/registry';
import { findingKey } from '@/lib/qa/run';
import type { Finding } from '@/lib/qa/types';
import { dirOf, isLang, LANGS } from '@/lib/text/lang';
import { AcceptForm, RevokeForm } from './acceptance-form';

export const dynamic = 'force-dynamic';

interface Group {
  key: string;
  first: Finding;
  count: number;
}

function groupByKey(findings: Finding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const key = findingKey(f);
    const g = groups.get(key);
    if (g) g.count += 1;
    else groups.set(key, { key, first: f, count: 1 });
  }
  return [...groups.values()];
}

/** The target text with the finding's range marked. */
function Excerpt({ text, start, end }: { text: string; start?: number; end?: number }) {
  if (start === undefined || end === undefined || end <= start) return <>{text}</>;
  return (
    <>
      {text.slice(0, start)}
      <mark className="rounded bg-amber-200 px-0.5" data-testid="qa-range">
        {text.slice(start, end) || '\u00a0'}
      </mark>
      {text.slice(end)}
    </>
  );
}

/** QA of one document in one target language: counts by check, the findings, accept and withdraw. */
export default async function QaPage({ params }: { params: Promise<{ locale: string; id: string; lang: string }> }) {
  const { locale, id, lang } = await params;
  setRequestLocale(asLocale(locale));
  if (!isLang(lang)) notFound();
  const r = await asCurrentActor((actor) => qaPage(actor, id, lang));
  if (!r.ok && r.code === 'document-not-found') notFound();
  const { doc, qa, acceptances, canAccept } = valueOrThrow(r);
  if (doc.sourceLang === lang) notFound();
  const t = await getTranslations('QaPage');
  const tf = await getTranslations('QaFindings');
  const format = await getFormatter();
  const acceptedBy = new Map(acceptances.map((a) => [a.key, a]));
  const groups = groupByKey(qa.findings);
  const segIndex = new Map(doc.segments.map((s, i) => [String(s.id), { n: i + 1, seg: s }]));
  const langName = t(`lang.${lang}`);
  const counts = CHECKS.map((c) => {
    const mine = groups.filter((g) => g.first.checkId === c.id);
    return { id: c.id, severity: c.severity, open: mine.filter((g) => !acceptedBy.has(g.key)).length, accepted: mine.filter((g) => acceptedBy.has(g.key)).length };
  }).filter((c) => c.open + c.accepted > 0);
  return (
    <article>
      <SubpageHeader documentId={doc.id} backLabel={t('back')} title={t('title', { lang: langName })} docTitle={doc.title} sourceLang={doc.sourceLang}>
        <nav className="mt-2 flex flex-wrap gap-4 text-sm">
          <Link href={`/documents/${doc.id}/edition/${lang}`} className="text-emerald-800 underline" data-testid="qa-edition-link">
            {t('editionLink', { lang: langName })}
          </Link>
          {LANGS.filter((l) => l !== lang && l !== doc.sourceLang).map((l) => (
            <Link key={l} href={`/documents/${doc.id}/qa/${l}`} className="text-emerald-800 underline">
              {t('otherLang', { lang: t(`lang.${l}`) })}
            </Link>
          ))}
        </nav>
      </SubpageHeader>
      <p
        role="status"
        data-testid="qa-gate"
        data-blocked={qa.blocked ? 'true' : 'false'}
        data-open-errors={qa.openErrors}
        className={`mb-4 rounded border p-3 ${qa.blocked ? 'border-red-200 bg-red-50 text-red-900' : 'border-emerald-200 bg-emerald-50 text-emerald-900'}`}
      >
        {qa.blocked ? t('gateBlocked', { count: qa.openErrors }) : t('gateOpen')}
      </p>
      <section aria-labelledby="qa-summary" className="mb-6">
        <h2 id="qa-summary" className="mb-2 text-lg font-semibold">
          {t('summary')}
        </h2>
        <CheckCounts counts={counts.map((c) => ({ ...c, checkId: c.id }))} />
      </section>
      <section aria-labelledby="qa-findings">
        <h2 id="qa-findings" className="mb-2 text-lg font-semibold">
          {t('findingsHeading')}
        </h2>
        {groups.length === 0 && <p>{t('noFindings')}</p>}
        <ol className="grid gap-3" data-testid="qa-finding-list">
          {groups.map((g) => {
            const f = g.first;
            const at = segIndex.get(f.unitId);
            const accepted = acceptedBy.get(g.key);
            const target = at?.seg.translations[lang]?.text;
            return (
              <li
                key={g.key}
                data-testid="qa-item"
                data-check-id={f.checkId}
                data-severity={f.severity}
                data-unit-id={f.unitId}
                data-accepted={accepted ? 'true' : 'false'}
                className={`rounded border p-3 ${accepted ? 'border-stone-200 bg-stone-50 opacity-80' : f.severity === 'error' ? 'border-red-200 bg-white' : 'border-amber-200 bg-white'}`}
              >
                <div className="flex flex-wrap items-baseline gap-2">
                  <span className={`rounded px-1.5 py-0.5 text-xs ${f.severity === 'error' ? 'bg-red-100 text-red-900' : 'bg-amber-100 text-amber-900'}`}>{t(`severity.${f.severity}`)}</span>
                  <span className="font-medium" data-testid="qa-message">
                    {tf.has(f.checkId as never) ? tf(f.checkId as never, f.params as never) : f.checkId}
                  </span>
                  {g.count > 1 && <span className="text-xs text-stone-600">{t('times', { count: g.count })}</span>}
                  {at && (
                    <a href={`/${locale}/documents/${doc.id}#segment-${f.unitId}`} className="ms-auto text-sm text-emerald-800 underline" data-testid="qa-segment-link">
                      {t('segmentLink', { n: at.n })}
                    </a>
                  )}
                </div>
                {typeof f.params.expected === 'string' && f.checkId !== 'punctuation-end' && (
                  <p className="mt-1 text-sm text-stone-700">
                    {t('expected', { expected: f.params.expected })}
                  </p>
                )}
                {at && (
                  <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
                    <div>
                      <dt className="text-xs text-stone-600">{t('sourceLabel')}</dt>
                      <dd lang={doc.sourceLang} dir={dirOf(doc.sourceLang)}>{at.seg.text}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-stone-600">{t('targetLabel')}</dt>
                      <dd lang={lang} dir={dirOf(lang)} className="whitespace-pre-wrap">
                        {target === undefined ? <em>{t('noTarget')}</em> : <Excerpt text={target} start={f.start} end={f.end} />}
                      </dd>
                    </div>
                  </dl>
                )}
                {accepted ? (
                  <div className="mt-2 text-sm" data-testid="qa-accepted">
                    <p>{withBdi((v) => t('acceptedBy', v), { who: accepted.acceptedByName ?? accepted.acceptedBy, when: format.dateTime(new Date(accepted.acceptedAt), { dateStyle: 'medium', timeStyle: 'short' }) }, 'who')}</p>
                    <p>{t('acceptedReason', { reason: accepted.reason })}</p>
                    {canAccept && <RevokeForm documentId={doc.id} lang={lang} findingKey={g.key} />}
                  </div>
                ) : (
                  canAccept && <AcceptForm documentId={doc.id} lang={lang} findingKey={g.key} />
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
