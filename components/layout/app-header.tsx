import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { LocaleSwitcher } from './locale-switcher';
import { AlignNavLink } from '@/components/align/align-nav-link';
import { UserMenu, type SignedInUser } from '@/components/auth/user-menu';

/** The bar at the top of every page: product name, sections, the signed-in user, UI language. */
export function AppHeader({ user = null, admin = false }: { user?: SignedInUser | null; admin?: boolean }) {
  const t = useTranslations('Layout');
  const locale = useLocale();
  return (
    <header className="border-b border-stone-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only">
        {t('skipToContent')}
      </a>
      {/* no prefetch: the sections are rendered for the user on every visit, and a page's first moments
          (hydration, the first click and key) are not the time for the server to render five others */}
      <nav aria-label={t('mainNav')} className="mx-auto flex max-w-[1600px] items-center gap-6 px-4 py-3">
        <Link href="/" prefetch={false} className="text-lg font-bold text-emerald-800" locale={locale}>
          {t('appName')}
        </Link>
        <Link href="/" prefetch={false} className="text-stone-700 hover:text-stone-950">
          {t('documents')}
        </Link>
        <Link href="/glossary" prefetch={false} className="text-stone-700 hover:text-stone-950">
          {t('glossary')}
        </Link>
        <Link href="/tm" prefetch={false} className="text-stone-700 hover:text-stone-950">
          {t('memory')}
        </Link>
        <AlignNavLink className="text-stone-700 hover:text-stone-950" />
        {admin && (
          <Link href="/admin" prefetch={false} className="text-stone-700 hover:text-stone-950">
            {t('admin')}
          </Link>
        )}
        <div className="ms-auto flex items-center gap-6">
          {user && <UserMenu user={user} />}
          <LocaleSwitcher />
        </div>
      </nav>
    </header>
  );
}
