'use client';

import { useTranslations } from 'next-intl';
import type { Finding } from '@/lib/qa/types';

/** The QA findings of one target pane, worded from messages/ (QaFindings.<checkId>). */
export function QaFindings({ findings }: { findings: Finding[] }) {
  const t = useTranslations('QaFindings');
  const tEditor = useTranslations('Editor');
  if (findings.length === 0) return null;
  return (
    <ul className="mt-1 grid gap-1 px-2 text-xs" aria-label={tEditor('qaLabel')}>
      {findings.map((f, i) => (
        <li
          key={`${f.checkId}-${i}`}
          data-testid="qa-finding"
          data-check-id={f.checkId}
          data-severity={f.severity}
          className={f.severity === 'error' ? 'rounded bg-red-50 px-1.5 py-0.5 text-red-800' : 'rounded bg-amber-50 px-1.5 py-0.5 text-amber-900'}
        >
          {t.has(f.checkId as never) ? t(f.checkId as never, f.params as never) : f.checkId}
        </li>
      ))}
    </ul>
  );
}
