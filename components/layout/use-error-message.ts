'use client';

import { useTranslations } from 'next-intl';
import { wordError, type ErrorLike } from './error-words';

export type { ErrorLike } from './error-words';

/**
 * Words an error in the UI language, from the one `Errors` namespace: unknown codes get the generic
 * message; a `field` is named ("Definition (Arabic)"), a concept id and a line and column are added
 * (wordError, tested with the real catalogues).
 */
export function useErrorMessage(): (error: ErrorLike | string, params?: Record<string, unknown>) => string {
  const t = useTranslations('Errors');
  const d = useTranslations('ErrorDetails');
  return (error, extra) => wordError({ t: t as never, d: d as never }, error, extra);
}
