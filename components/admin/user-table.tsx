'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/contract/result';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';

const ROLES = ['admin', 'editor', 'translator', 'viewer'] as const;

export interface AccountView {
  id: string;
  email: string;
  name: string;
  role: (typeof ROLES)[number];
  disabled: boolean;
}

/** The accounts, with a form to add one, a role select per account and a disable button. */
export function UserTable({ users, add, setRole, disable }: {
  users: AccountView[];
  add: (input: { email: string; name: string; role: string; password: string }) => Promise<ActionResult<unknown>>;
  setRole: (email: string, role: string) => Promise<ActionResult<unknown>>;
  disable: (email: string) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations('AdminUsers');
  const roleName = useTranslations('UserMenu');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ErrorLike | null>(null);

  const run = (work: () => Promise<ActionResult<unknown>>, after?: () => void) =>
    startTransition(async () => {
      setError(null);
      try {
        const r = await work();
        if (!r.ok) return setError(r);
        after?.();
        router.refresh();
      } catch {
        setError({ code: 'internal' });
      }
    });

  function onAdd(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    run(() => add({ email: String(f.get('email')), name: String(f.get('name') ?? ''), role: String(f.get('role')), password: String(f.get('password')) }), () => form.reset());
  }

  return (
    <section aria-labelledby="users-heading" className="grid gap-4">
      <h2 id="users-heading" className="text-xl font-bold">{t('title')}</h2>
      <table className="w-full text-sm" data-testid="user-table">
        <thead>
          <tr className="text-start">
            <th className="text-start">{t('name')}</th>
            <th className="text-start">{t('email')}</th>
            <th className="text-start">{t('role')}</th>
            <th className="text-start">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-testid="user-row" data-email={u.email} className="border-t border-stone-200">
              <td><bdi>{u.name}</bdi></td>
              <td dir="ltr" className="text-start">{u.email}</td>
              <td>
                <select aria-label={t('roleOf', { name: u.name })} value={u.role} disabled={pending || u.disabled} onChange={(e) => run(() => setRole(u.email, e.target.value))} className="rounded border border-stone-300">
                  {ROLES.map((r) => <option key={r} value={r}>{roleName(`role.${r}`)}</option>)}
                </select>
              </td>
              <td>
                {u.disabled ? (
                  <span className="text-stone-600">{t('disabled')}</span>
                ) : (
                  <button type="button" disabled={pending} onClick={() => run(() => disable(u.email))} className="rounded border border-stone-300 px-2">
                    {t('disable')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={onAdd} className="grid max-w-xl gap-2 rounded border border-stone-200 bg-white p-3 sm:grid-cols-2" data-testid="add-user">
        <h3 className="font-semibold sm:col-span-2">{t('addTitle')}</h3>
        <label className="grid gap-1">
          <span>{t('email')}</span>
          <input name="email" type="email" required dir="ltr" className="rounded border border-stone-300 px-1" />
        </label>
        <label className="grid gap-1">
          <span>{t('name')}</span>
          <input name="name" dir="auto" maxLength={200} className="rounded border border-stone-300 px-1" />
        </label>
        <label className="grid gap-1">
          <span>{t('role')}</span>
          <select name="role" defaultValue="translator" className="rounded border border-stone-300">
            {ROLES.map((r) => <option key={r} value={r}>{roleName(`role.${r}`)}</option>)}
          </select>
        </label>
        <label className="grid gap-1">
          <span>{t('password')}</span>
          <input name="password" type="password" required minLength={10} autoComplete="new-password" dir="ltr" className="rounded border border-stone-300 px-1" />
        </label>
        <button type="submit" disabled={pending} className="rounded bg-emerald-800 px-3 py-1 text-white disabled:opacity-50 sm:col-span-2">{t('add')}</button>
      </form>
      {error && <p role="alert" className="text-sm text-red-800">{errorMessage(error)}</p>}
    </section>
  );
}
