'use client';

import { useTranslations } from 'next-intl';

export interface GlossaryErrorBody {
  error: string;
  params?: Record<string, unknown>;
}

/** Words a glossary error code from the API; a file error's line and column are added when known. */
export function useGlossaryError(): (err: GlossaryErrorBody) => string {
  const t = useTranslations('GlossaryErrors');
  return ({ error, params = {} }) => {
    const key = (t.has(error as never) ? error : 'internal') as Parameters<typeof t>[0];
    const values = Object.fromEntries(
      Object.entries(params).filter(([, v]) => typeof v === 'string' || typeof v === 'number'),
    ) as Record<string, string | number>;
    let text = t(key, values);
    if (typeof params.field === 'string' && error === 'glossary-invalid' && t.has(`field.${params.field}` as never)) {
      text += ` ${t(`field.${params.field}` as never)}`;
    }
    if (typeof params.line === 'number') text += ` ${t('at', { line: params.line, column: Number(params.column ?? 0) })}`;
    return text;
  };
}
