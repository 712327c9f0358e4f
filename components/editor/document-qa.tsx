'use client';

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { Finding } from '@/lib/qa/types';
import type { Lang } from '@/lib/text/lang';
import { Link } from '@/lib/i18n/navigation';

export interface DocumentQaSummary {
  lang: Lang;
  openErrors: number;
  openWarnings: number;
  documentFindings: Finding[];
}

type Load = (documentId: number, lang: Lang) => Promise<DocumentQaSummary | null>;

const DocumentQaContext = createContext<Map<Lang, DocumentQaSummary>>(new Map());
const RECHECK_MS = 1500;

/** The open document-wide findings of one segment in one language (from the last recheck). */
export function useDocumentFindings(lang: Lang, unitId: string): Finding[] {
  return useContext(DocumentQaContext).get(lang)?.documentFindings.filter((f) => f.unitId === unitId) ?? [];
}

/**
 * Reruns the document-wide checks on the server a moment after saves (the per-segment checks run in
 * the browser as one types) and shows the open counts per target language.
 */
export function useDocumentQa(documentId: number, targets: Lang[], load: Load) {
  const [summaries, setSummaries] = useState(new Map<Lang, DocumentQaSummary>());
  const timers = useRef(new Map<Lang, ReturnType<typeof setTimeout>>());
  const refresh = useCallback(
    async (lang: Lang) => {
      const s = await load(documentId, lang).catch(() => null);
      if (s) setSummaries((prev) => new Map(prev).set(lang, s));
    },
    [documentId, load],
  );
  const recheckSoon = useCallback(
    (lang: Lang) => {
      clearTimeout(timers.current.get(lang));
      timers.current.set(lang, setTimeout(() => void refresh(lang), RECHECK_MS));
    },
    [refresh],
  );
  useEffect(() => {
    for (const lang of targets) void refresh(lang);
    // once per page: later refreshes follow saves
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { summaries, recheckSoon };
}

export function DocumentQaProvider({ summaries, children }: { summaries: Map<Lang, DocumentQaSummary>; children: ReactNode }) {
  return <DocumentQaContext.Provider value={summaries}>{children}</DocumentQaContext.Provider>;
}

/** "QA (Arabic): 2 errors, 5 warnings" with a link to the QA page, per target language. */
export function DocumentQaBar({ documentId, summaries }: { documentId: number; summaries: Map<Lang, DocumentQaSummary> }) {
  const t = useTranslations('Editor');
  if (summaries.size === 0) return null;
  return (
    <p className="mb-3 flex flex-wrap gap-4 text-sm" aria-live="polite">
      {[...summaries.values()].map((s) => (
        <Link key={s.lang} href={`/documents/${documentId}/qa/${s.lang}`} data-testid={`qa-summary-${s.lang}`} data-errors={s.openErrors} className={s.openErrors > 0 ? 'text-red-800 underline' : 'text-emerald-800 underline'}>
          {t('qaSummary', { lang: t(`lang.${s.lang}`), errors: s.openErrors, warnings: s.openWarnings })}
        </Link>
      ))}
    </p>
  );
}
