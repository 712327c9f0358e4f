import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { LocaleSwitcher } from './locale-switcher';
import { AlignNavLink } from '@/components/align/align-nav-link';

/** The bar at the top of every page: product name, sections, UI language. */
export function AppHeader() {
  const t = useTranslations('Layout');
  const locale = useLocale();
  return (
    <header className="border-b border-stone-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only">
        {t('skipToContent')}
      </a>
      <nav aria-label={t('mainNav')} className="mx-auto flex max-w-[1600px] items-center gap-6 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-emerald-800" locale={locale}>
          {t('appName')}
        </Link>
        <Link href="/" className="text-stone-700 hover:text-stone-950">
          {t('documents')}
        </Link>
        <Link href="/glossary" className="text-stone-700 hover:text-stone-950">
          {t('glossary')}
        </Link>
        <Link href="/tm" className="text-stone-700 hover:text-stone-950">
          {t('memory')}
        </Link>
        <AlignNavLink className="text-stone-700 hover:text-stone-950" />
        <div className="ms-auto">
          <LocaleSwitcher />
        </div>
      </nav>
    </header>
  );
}
