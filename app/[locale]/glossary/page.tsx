import { getTranslations, setRequestLocale } from 'next-intl/server';
import { GlossaryHitList } from '@/components/glossary/hit-list';
import { GlossarySearchForm, type SearchState } from '@/components/glossary/search-form';
import { GlossaryTransferPanel } from '@/components/glossary/transfer-panel';
import { ProposalList } from '@/components/glossary/proposal-list';
import { asCurrentActor, currentActorCan, valueOrThrow } from '@/lib/server/act';
import { pendingProposals } from '@/lib/server/glossary-proposals';
import { glossaryOverview } from '@/lib/server/glossary';
import { asLocale } from '@/lib/i18n/as-locale';
import { Link } from '@/lib/i18n/navigation';
import { isLang } from '@/lib/text/lang';
import { TERM_STATUSES, type TermStatus } from '@/lib/terms/types';
import { approveProposalAction, importGlossaryAction, rejectProposalAction } from './actions';

export const dynamic = 'force-dynamic';

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 200) ?? '';

export default async function GlossaryPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('GlossaryPage');
  const sp = await searchParams;
  const lang = one(sp.lang);
  const status = one(sp.status);
  const state: SearchState = {
    q: one(sp.q),
    lang: isLang(lang) ? lang : undefined,
    status: (TERM_STATUSES as string[]).includes(status) ? status : undefined,
    subject: one(sp.subject) || undefined,
    deleted: one(sp.deleted) === '1',
  };
  const r = await asCurrentActor((actor) =>
    glossaryOverview(actor, state.q, { lang: state.lang, status: state.status as TermStatus | undefined, subject: state.subject, deleted: state.deleted, limit: 100 }),
  );
  const { hits, subjects, counts, canEdit } = valueOrThrow(r);
  const proposals = valueOrThrow(await asCurrentActor((actor) => pendingProposals(actor)));
  const canPropose = !canEdit && (await currentActorCan('glossary.propose'));
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <section aria-labelledby="glossary-heading" className="grid content-start gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 id="glossary-heading" className="text-2xl font-bold">{t('title')}</h1>
          <p className="text-sm text-stone-600" data-testid="glossary-counts">{t('counts', counts)}</p>
        </div>
        <GlossarySearchForm state={state} subjects={subjects} />
        <h2 className="sr-only">{t('results')}</h2>
        <GlossaryHitList hits={hits} query={state.q} />
      </section>
      <aside aria-labelledby="glossary-tools-heading" className="grid content-start gap-4">
        <h2 id="glossary-tools-heading" className="text-xl font-bold">{t('tools')}</h2>
        {canEdit && (
          <Link href="/glossary/new" className="rounded bg-emerald-800 px-4 py-2 text-center font-medium text-white" data-testid="glossary-new">
            {t('newConcept')}
          </Link>
        )}
        {canPropose && (
          <Link href="/glossary/new" className="rounded bg-emerald-800 px-4 py-2 text-center font-medium text-white" data-testid="glossary-propose">
            {t('proposeConcept')}
          </Link>
        )}
        {sp.proposed === '1' && <p role="status" className="text-sm text-emerald-900" data-testid="proposal-sent">{t('proposalSent')}</p>}
        {(canEdit || canPropose) && <ProposalList proposals={proposals} canDecide={canEdit} approve={approveProposalAction} reject={rejectProposalAction} />}
        <GlossaryTransferPanel canEdit={canEdit} importFile={importGlossaryAction} />
      </aside>
    </div>
  );
}
