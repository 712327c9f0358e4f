import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import '../globals.css';
import { fontVariables } from '../fonts';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AppHeader } from '@/components/layout/app-header';
import { localeDir } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { asCurrentActor, currentActorCan } from '@/lib/server/act';
import { me } from '@/lib/server/users';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return { title: t('appName'), description: t('tagline') };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // signed out (the sign-in page) the header shows no user
  const user = await asCurrentActor((actor) => me(actor));
  const admin = user.ok && (await currentActorCan('users.manage'));
  return (
    <html lang={locale} dir={localeDir(locale)} className={fontVariables}>
      <body className="min-h-screen bg-stone-50 text-stone-900">
        <NextIntlClientProvider>
          <AppHeader user={user.ok ? user.value : null} admin={admin} />
          <main id="main" className="mx-auto max-w-[1600px] px-4 py-6">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
