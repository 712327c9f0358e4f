'use client';

import { useTranslations } from 'next-intl';

/** Words an error code from the server in the UI language (unknown codes get the generic message). */
export function useErrorMessage(): (code: string, params?: Record<string, string | number | boolean | null>) => string {
  const t = useTranslations('Errors');
  return (code, params) => {
    const key = (t.has(code as never) ? code : 'internal') as Parameters<typeof t>[0];
    const clean = Object.fromEntries(Object.entries(params ?? {}).filter(([, v]) => v !== null && typeof v !== 'boolean')) as Record<string, string | number>;
    return t(key, clean);
  };
}
