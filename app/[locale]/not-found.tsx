import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** What an unknown address or a refused id shows, in the UI language. */
export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div role="alert" data-testid="error-message" className="rounded border border-red-200 bg-red-50 p-6">
      <h1 className="text-xl font-bold text-red-900">{t('title')}</h1>
      <p className="mt-2 text-red-900">{t('message')}</p>
      <Link href="/" className="mt-4 inline-block text-emerald-800 underline">
        {t('back')}
      </Link>
    </div>
  );
}
