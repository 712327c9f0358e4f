'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/contract/result';
import type { ReviewStep } from '@/lib/documents/review-step';
import type { TranslationState } from '@/lib/documents/types';
import type { Lang } from '@/lib/text/lang';

export type ReviewFn = (input: { segmentId: number; lang: Lang; version: number; step: ReviewStep; comment?: string }) => Promise<ActionResult<{ version: number; state: TranslationState }, unknown>>;

interface ReviewContextValue {
  /** The acting user may review, approve and send back (the page asked the policy). */
  canReview: boolean;
  review: ReviewFn;
}

const ReviewContext = createContext<ReviewContextValue | null>(null);

/** Gives the editor's rows what the review buttons need; the document page wraps the editor in it. */
export function ReviewProvider({ canReview, review, children }: ReviewContextValue & { children: ReactNode }) {
  return <ReviewContext.Provider value={{ canReview, review }}>{children}</ReviewContext.Provider>;
}

/** The review context, or null outside a provider (then no review buttons show). */
export const useReview = () => useContext(ReviewContext);
