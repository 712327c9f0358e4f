'use client';

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { Finding } from '@/lib/qa/types';
import type { DocumentQaSummary } from '@/lib/qa/summary';
import type { Lang } from '@/lib/text/lang';
import { Link } from '@/lib/i18n/navigation';

export type { DocumentQaSummary } from '@/lib/qa/summary';

const DocumentQaContext = createContext<Map<Lang, DocumentQaSummary>>(new Map());

/** The open document-wide findings of one segment in one language (from the last save or page load). */
export function useDocumentFindings(lang: Lang, unitId: string): Finding[] {
  return useContext(DocumentQaContext).get(lang)?.documentFindings.filter((f) => f.unitId === unitId) ?? [];
}

/**
 * The document-wide QA of each target language: what the page was rendered with, then what each save
 * returns (the per-segment checks run in the browser as one types). No second request after a save.
 */
export function useDocumentQa(initial: DocumentQaSummary[]) {
  const [summaries, setSummaries] = useState(() => new Map(initial.map((s) => [s.lang, s])));
  // a refresh of the page (after a merge or split) brings new summaries
  useEffect(() => setSummaries(new Map(initial.map((s) => [s.lang, s]))), [initial]);
  const update = useCallback((next: DocumentQaSummary[]) => {
    if (next.length > 0) setSummaries((prev) => new Map([...prev, ...next.map((s) => [s.lang, s] as const)]));
  }, []);
  return { summaries, update };
}

export function DocumentQaProvider({ summaries, children }: { summaries: Map<Lang, DocumentQaSummary>; children: ReactNode }) {
  return <DocumentQaContext.Provider value={summaries}>{children}</DocumentQaContext.Provider>;
}

/** "QA (Arabic): 2 errors, 5 warnings" with a link to the QA page, per target language. */
export function DocumentQaBar({ documentId, summaries }: { documentId: number; summaries: Map<Lang, DocumentQaSummary> }) {
  const t = useTranslations('Editor');
  // the line is there from the first paint (the QA comes after the rows): nothing below it moves when it does
  return (
    <p className="mb-3 flex min-h-5 flex-wrap gap-4 text-sm" aria-live="polite">
      {summaries.size === 0 && (
        <span data-testid="qa-pending" className="text-stone-500">
          {t('qaPending')}
        </span>
      )}
      {[...summaries.values()].map((s) => (
        <Link key={s.lang} href={`/documents/${documentId}/qa/${s.lang}`} prefetch={false} data-testid={`qa-summary-${s.lang}`} data-errors={s.openErrors} className={s.openErrors > 0 ? 'text-red-800 underline' : 'text-emerald-800 underline'}>
          {t('qaSummary', { lang: t(`lang.${s.lang}`), errors: s.openErrors, warnings: s.openWarnings })}
        </Link>
      ))}
    </p>
  );
}
