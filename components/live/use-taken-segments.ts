'use client';

import { useMemo } from 'react';
import type { Lang } from '@/lib/text/lang';
import { useLiveDocument } from './live-document';

/**
 * The segments someone else is editing in a target language now (empty outside a live document):
 * for "next unconfirmed segment", with `nextUnconfirmed` from lib/live/next-unconfirmed.ts.
 */
export function useTakenSegments(lang: Lang): ReadonlySet<number> {
  const live = useLiveDocument();
  return useMemo(() => live?.takenByOthers(lang) ?? new Set<number>(), [live, lang]);
}
