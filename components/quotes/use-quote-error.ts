'use client';

import { useTranslations } from 'next-intl';

/** Words an error code of the quotes and align actions (unknown codes get the generic message). */
export function useQuoteError(namespace: 'QuotesPage' | 'AlignPage' = 'QuotesPage'): (code: string, params?: Record<string, string | number>) => string {
  const t = useTranslations(namespace);
  return (code, params) => {
    const key = `errors.${code}`;
    return t.has(key as never) ? t(key as never, params ?? {}) : t('errors.internal' as never);
  };
}
