import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AlignWorkbench } from '@/components/align/align-workbench';
import { asLocale } from '@/lib/i18n/as-locale';
import { currentActorCan } from '@/lib/server/act';
import { alignAction, keepPairsAction } from './actions';

export const dynamic = 'force-dynamic';

export default async function AlignPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations('AlignPage');
  const canAlign = await currentActorCan('align.run');
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 max-w-3xl text-sm text-stone-600">{t('intro')}</p>
      {canAlign ? <AlignWorkbench align={alignAction} keep={keepPairsAction} /> : <p role="status" className="mt-4">{t('readOnly')}</p>}
    </div>
  );
}
