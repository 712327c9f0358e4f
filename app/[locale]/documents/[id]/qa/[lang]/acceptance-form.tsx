'use client';

import { useActionState, useId } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/layout/use-error-message';
import { acceptFindingAction, revokeAcceptanceAction, type QaActionState } from './actions';

interface Props {
  documentId: number;
  lang: string;
  findingKey: string;
}

function ErrorLine({ state }: { state: QaActionState }) {
  const words = useErrorMessage();
  if (!state || state.ok) return null;
  return (
    <p role="alert" data-testid="qa-action-error" data-code={state.code} className="text-sm text-red-800">
      {words(state)}
    </p>
  );
}

function Hidden({ documentId, lang, findingKey }: Props) {
  return (
    <>
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="key" value={findingKey} />
    </>
  );
}

/** Accept a finding as intentional: a reason is required and recorded with who and when. */
export function AcceptForm(props: Props) {
  const t = useTranslations('QaPage');
  const [state, action, pending] = useActionState(acceptFindingAction, null);
  const id = useId();
  return (
    <form action={action} className="mt-2 grid gap-1" data-testid="qa-accept-form">
      <Hidden {...props} />
      <label htmlFor={id} className="text-xs text-stone-700">
        {t('reasonLabel')}
      </label>
      <div className="flex gap-2">
        <input id={id} name="reason" required maxLength={2000} className="min-w-0 flex-1 rounded border border-stone-300 px-2 py-1 text-sm" data-testid="qa-accept-reason" />
        <button type="submit" disabled={pending} className="rounded bg-emerald-800 px-3 py-1 text-sm text-white disabled:opacity-50" data-testid="qa-accept">
          {pending ? t('accepting') : t('accept')}
        </button>
      </div>
      <ErrorLine state={state} />
    </form>
  );
}

/** Withdraw an acceptance: the finding counts as open again. */
export function RevokeForm(props: Props) {
  const t = useTranslations('QaPage');
  const [state, action, pending] = useActionState(revokeAcceptanceAction, null);
  return (
    <form action={action} className="mt-1" data-testid="qa-revoke-form">
      <Hidden {...props} />
      <button type="submit" disabled={pending} className="text-sm text-emerald-800 underline disabled:opacity-50" data-testid="qa-revoke">
        {pending ? t('revoking') : t('revoke')}
      </button>
      <ErrorLine state={state} />
    </form>
  );
}
