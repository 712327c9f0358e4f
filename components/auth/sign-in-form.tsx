'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/contract/result';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';
import { useHydrated } from '@/components/layout/use-hydrated';

/** Email and password; on success the whole page loads `next` (a path on this site) with the new session. */
export function SignInForm({ signIn, next }: { signIn: (input: { email: string; password: string }) => Promise<ActionResult<{ name: string }>>; next: string }) {
  const t = useTranslations('SignIn');
  const errorMessage = useErrorMessage();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ErrorLike | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setError(null);
    startTransition(async () => {
      try {
        const r = await signIn({ email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') });
        // a full load, so the header and every server component read the new session
        if (r.ok) window.location.assign(next);
        else setError(r);
      } catch {
        setError({ code: 'internal' });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4 rounded border border-stone-200 bg-white p-4" aria-busy={pending}>
      <label className="grid gap-1">
        <span className="font-medium">{t('email')}</span>
        <input type="email" name="email" required autoComplete="username" dir="ltr" className="rounded border border-stone-300 px-2 py-1" />
      </label>
      <label className="grid gap-1">
        <span className="font-medium">{t('password')}</span>
        <input type="password" name="password" required autoComplete="current-password" dir="ltr" className="rounded border border-stone-300 px-2 py-1" />
      </label>
      {error && (
        <p role="alert" data-testid="sign-in-error" className="text-sm text-red-800">
          {errorMessage(error)}
        </p>
      )}
      <button type="submit" disabled={!hydrated || pending} className="rounded bg-emerald-800 px-3 py-1.5 font-medium text-white disabled:opacity-60">
        {pending ? t('signingIn') : t('submit')}
      </button>
    </form>
  );
}
