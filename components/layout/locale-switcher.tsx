'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { LOCALES } from '@/lib/i18n/locales';

/** Links to the same page in the other UI languages, each named in its own language. */
export function LocaleSwitcher() {
  const t = useTranslations('LocaleSwitcher');
  const current = useLocale();
  const pathname = usePathname();
  return (
    <ul aria-label={t('label')} className="flex gap-3 text-sm">
      {LOCALES.map((locale) => (
        <li key={locale}>
          <Link
            href={pathname}
            locale={locale}
            lang={locale}
            aria-current={locale === current ? 'page' : undefined}
            className={locale === current ? 'font-bold text-emerald-800' : 'text-stone-600 hover:text-stone-950'}
          >
            {t(`name.${locale}`)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
