import { useTranslations } from 'next-intl';
import type { TermStatus } from '@/lib/terms/types';

const TONE: Record<TermStatus, string> = {
  preferred: 'bg-emerald-100 text-emerald-900',
  admitted: 'bg-stone-100 text-stone-800',
  deprecated: 'bg-amber-100 text-amber-900',
  forbidden: 'bg-red-100 text-red-900',
};

/** A term's status as a small label (words from GlossaryTerms.status). */
export function StatusBadge({ status }: { status: TermStatus }) {
  const t = useTranslations('GlossaryTerms');
  return <span className={`rounded px-1.5 py-0.5 text-xs ${TONE[status]}`} data-status={status}>{t(`status.${status}`)}</span>;
}
