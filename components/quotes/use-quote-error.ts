'use client';

import { useTranslations } from 'next-intl';

/** Words an error code of the quotes and align actions (unknown codes get the generic message). */
export function useQuoteError(namespace: 'QuotesPage' | 'AlignPage' = 'QuotesPage'): (code: string, params?: Record<string, string | number>) => string {
  // the two namespaces share the shape of `errors`; typed keys are not worth a cast per namespace here
  const t = useTranslations(namespace) as unknown as { has(key: string): boolean; (key: string, params?: Record<string, string | number>): string };
  return (code, params) => {
    const key = `errors.${code}`;
    return t.has(key) ? t(key, params ?? {}) : t('errors.internal');
  };
}
