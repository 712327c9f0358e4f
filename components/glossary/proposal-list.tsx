'use client';

import { useState, useTransition } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/contract/result';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';

/** A proposal as the list shows it (lib/db's row, narrowed to what is shown). */
export interface ProposalView {
  id: number;
  kind: 'create' | 'update';
  conceptId: string | null;
  concept: { id: string; terms: { lang: string; text: string }[] };
  proposedByName: string;
  proposedAt: string;
}

/**
 * Glossary entries proposed by translators, waiting for an editor: the terms, who proposed and when;
 * an editor approves (the concept is created or changed) or rejects with an optional reason.
 */
export function ProposalList({ proposals, canDecide, approve, reject }: {
  proposals: ProposalView[];
  canDecide: boolean;
  approve: (id: number) => Promise<ActionResult<unknown, unknown>>;
  reject: (id: number, reason: string) => Promise<ActionResult<unknown, unknown>>;
}) {
  const t = useTranslations('GlossaryProposals');
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ErrorLike | null>(null);
  const [reasons, setReasons] = useState<Record<number, string>>({});

  const decide = (work: () => Promise<ActionResult<unknown, unknown>>) =>
    startTransition(async () => {
      setError(null);
      try {
        const r = await work();
        if (!r.ok) return setError(r);
        router.refresh();
      } catch {
        setError({ code: 'internal' });
      }
    });

  return (
    <section aria-labelledby="proposals-heading" className="grid gap-2 rounded border border-stone-200 bg-white p-3" data-testid="proposals">
      <h2 id="proposals-heading" className="font-semibold">{t('title', { count: proposals.length })}</h2>
      {proposals.length === 0 && <p className="text-sm text-stone-600">{t('none')}</p>}
      <ul className="grid gap-3">
        {proposals.map((p) => (
          <li key={p.id} className="grid gap-1 text-sm" data-testid="proposal" data-proposal-id={p.id}>
            <p className="font-medium">
              {p.kind === 'create' ? t('newConcept') : t('change', { id: p.conceptId ?? '' })}
            </p>
            <ul className="flex flex-wrap gap-x-3">
              {p.concept.terms.map((term, i) => (
                <li key={i} lang={term.lang} dir="auto">{term.text}</li>
              ))}
            </ul>
            <p className="text-xs text-stone-600">
              {t('by', { name: p.proposedByName, when: format.dateTime(new Date(p.proposedAt), { dateStyle: 'medium', timeStyle: 'short' }) })}
            </p>
            {canDecide && (
              <div className="flex flex-wrap items-center gap-2">
                <button type="button" disabled={pending} data-testid="proposal-approve" onClick={() => decide(() => approve(p.id))} className="rounded bg-emerald-800 px-2 py-0.5 text-white disabled:opacity-50">
                  {t('approve')}
                </button>
                <label className="sr-only" htmlFor={`reason-${p.id}`}>{t('reasonLabel')}</label>
                <input id={`reason-${p.id}`} dir="auto" maxLength={2000} value={reasons[p.id] ?? ''} onChange={(e) => setReasons({ ...reasons, [p.id]: e.target.value })} placeholder={t('reasonPlaceholder')} className="min-w-0 flex-1 rounded border border-stone-300 px-1" />
                <button type="button" disabled={pending} data-testid="proposal-reject" onClick={() => decide(() => reject(p.id, reasons[p.id] ?? ''))} className="rounded border border-stone-300 px-2 py-0.5 disabled:opacity-50">
                  {t('reject')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {error && <p role="alert" className="text-sm text-red-800">{errorMessage(error)}</p>}
    </section>
  );
}
