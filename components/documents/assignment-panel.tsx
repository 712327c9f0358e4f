'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/contract/result';
import { useRouter } from '@/lib/i18n/navigation';
import type { Lang } from '@/lib/text/lang';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';

type WorkRole = 'translator' | 'editor';

export interface AssignmentView {
  lang: Lang;
  role: WorkRole;
  userId: string;
  name: string;
}

/** Who translates and who edits each target language of a document; editors and admins change it. */
export function AssignmentPanel({ documentId, targets, assignments, candidates, canAssign, assign }: {
  documentId: number;
  targets: Lang[];
  assignments: AssignmentView[];
  candidates: { id: string; name: string; role: string }[];
  canAssign: boolean;
  assign: (input: { documentId: number; lang: string; role: WorkRole; userId: string | null }) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations('Assignments');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ErrorLike | null>(null);
  const holder = (lang: Lang, role: WorkRole) => assignments.find((a) => a.lang === lang && a.role === role);
  const eligible = (role: WorkRole) => candidates.filter((c) => role === 'translator' || c.role !== 'translator');

  function change(lang: Lang, role: WorkRole, userId: string) {
    startTransition(async () => {
      setError(null);
      try {
        const r = await assign({ documentId, lang, role, userId: userId || null });
        if (!r.ok) return setError(r);
        router.refresh();
      } catch {
        setError({ code: 'internal' });
      }
    });
  }

  return (
    <section aria-label={t('label')} className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="assignments">
      {targets.map((lang) =>
        (['translator', 'editor'] as const).map((role) => {
          const current = holder(lang, role);
          const label = t(role, { lang: t(`lang.${lang}`) });
          return (
            <span key={`${lang}-${role}`} className="flex items-center gap-1" data-assign-lang={lang} data-role={role}>
              <span className="text-stone-600">{label}:</span>
              {canAssign ? (
                <select aria-label={label} value={current?.userId ?? ''} disabled={pending} onChange={(e) => change(lang, role, e.target.value)} className="rounded border border-stone-300">
                  <option value="">{t('nobody')}</option>
                  {eligible(role).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                </select>
              ) : (
                <bdi>{current?.name ?? t('nobody')}</bdi>
              )}
            </span>
          );
        }),
      )}
      {error && <span role="alert" className="text-red-800">{errorMessage(error)}</span>}
    </section>
  );
}
