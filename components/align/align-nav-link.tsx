import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

/** The header's link to aligning a published pair (its words live in the AlignPage namespace). */
export function AlignNavLink({ className }: { className?: string }) {
  const t = useTranslations('AlignPage');
  return (
    <Link href="/align" prefetch={false} className={className}>
      {t('navLink')}
    </Link>
  );
}
