import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { asLocale } from '@/lib/i18n/as-locale';
import { safeNext } from '@/lib/server/request-guard';
import { signInAction } from './actions';

export const dynamic = 'force-dynamic';

export default async function SignInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> }) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('SignIn');
  const { next } = await searchParams;
  return (
    <section aria-labelledby="sign-in-heading" className="mx-auto mt-8 max-w-sm">
      <h1 id="sign-in-heading" className="mb-4 text-2xl font-bold">
        {t('title')}
      </h1>
      <SignInForm signIn={signInAction} next={safeNext(next, `/${locale}`)} />
    </section>
  );
}
