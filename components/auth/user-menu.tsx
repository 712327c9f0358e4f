'use client';

import { useTransition } from 'react';
import { useLocale, useTranslations } from 'next-intl';

export interface SignedInUser {
  name: string;
  email: string;
  role: 'admin' | 'editor' | 'translator' | 'viewer';
}

/**
 * The signed-in user's name and role in the header, and the sign-out button. Signing out goes through
 * DELETE /api/session, not a server action: an action that clears the cookie would re-render the page
 * it was called from, now signed out.
 */
export function UserMenu({ user }: { user: SignedInUser }) {
  const t = useTranslations('UserMenu');
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex items-center gap-3 text-sm" data-testid="user-menu">
      <span>
        <bdi className="font-medium">{user.name}</bdi> <span className="text-stone-600">({t(`role.${user.role}`)})</span>
      </span>
      <button
        type="button"
        disabled={pending}
        onClick={() => startTransition(async () => {
          await fetch('/api/session', { method: 'DELETE' }).catch(() => null);
          window.location.assign(`/${locale}/sign-in`);
        })}
        className="rounded border border-stone-300 px-2 py-0.5 text-stone-700 hover:text-stone-950"
      >
        {t('signOut')}
      </button>
    </div>
  );
}
