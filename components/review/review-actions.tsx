'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { reviewStepsFrom, type ReviewStep } from '@/lib/documents/review-step';
import type { TranslationRow } from '@/lib/documents/views';
import { useRouter } from '@/lib/i18n/navigation';
import type { Lang } from '@/lib/text/lang';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';
import { useReview } from './review-context';

/**
 * An editor's review buttons for one segment, per target language: reviewed, approve, send back
 * (with a required comment). Nothing for a role that cannot review. After a step the page reloads
 * its data, so the panes carry the new version and state.
 */
export function ReviewActions({ segmentId, segmentIndex, targets, translations }: { segmentId: number; segmentIndex: number; targets: Lang[]; translations: Partial<Record<Lang, TranslationRow>> }) {
  const ctx = useReview();
  const t = useTranslations('Review');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [sendingBack, setSendingBack] = useState<Lang | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ErrorLike | null>(null);
  if (!ctx?.canReview) return null;

  function run(lang: Lang, step: ReviewStep, note?: string) {
    const tr = translations[lang];
    if (!tr || !ctx) return;
    setError(null);
    startTransition(async () => {
      try {
        const r = await ctx.review({ segmentId, lang, version: tr.version, step, comment: note });
        if (!r.ok) return setError(r);
        setSendingBack(null);
        setComment('');
        router.refresh();
      } catch {
        setError({ code: 'internal' });
      }
    });
  }

  const open = targets.filter((l) => translations[l] && reviewStepsFrom(translations[l]!.state).length > 0);
  if (open.length === 0) return null;
  return (
    <span className="flex flex-wrap items-center gap-2" data-testid="review-actions">
      {open.map((lang) => {
        const state = translations[lang]!.state;
        const langName = t(`lang.${lang}`);
        return (
          <span key={lang} className="flex items-center gap-1" data-review-lang={lang} data-state={state}>
            {reviewStepsFrom(state).map((step) => (
              <button
                key={step}
                type="button"
                disabled={pending}
                data-testid={`review-${step}`}
                aria-label={t(`${step}Label`, { lang: langName, n: segmentIndex + 1 })}
                onClick={() => (step === 'send-back' ? setSendingBack(lang) : run(lang, step))}
                className="rounded border border-stone-300 px-1.5 hover:text-stone-950 disabled:opacity-50"
              >
                {t(step, { lang: langName })}
              </button>
            ))}
          </span>
        );
      })}
      {sendingBack && (
        <form
          className="flex items-center gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            if (!comment.trim()) return setError({ code: 'review-comment-required' });
            run(sendingBack, 'send-back', comment);
          }}
        >
          <label className="sr-only" htmlFor={`send-back-${segmentId}`}>
            {t('commentLabel', { lang: t(`lang.${sendingBack}`) })}
          </label>
          <input
            id={`send-back-${segmentId}`}
            data-testid="review-comment"
            dir="auto"
            value={comment}
            maxLength={2000}
            onChange={(e) => setComment(e.target.value)}
            placeholder={t('commentPlaceholder')}
            className="rounded border border-stone-300 px-1"
          />
          <button type="submit" disabled={pending} data-testid="review-send-back-confirm" className="rounded bg-amber-700 px-1.5 text-white disabled:opacity-50">
            {t('confirmSendBack')}
          </button>
          <button type="button" onClick={() => (setSendingBack(null), setError(null))} className="px-1">
            {t('cancel')}
          </button>
        </form>
      )}
      {error && (
        <span role="alert" className="text-red-700">
          {errorMessage(error)}
        </span>
      )}
    </span>
  );
}
