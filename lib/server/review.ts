import { z } from 'zod';
import { AppError } from '../contract/app-error';
import { IdSchema, parseId } from '../contract/ids';
import type { ActionResult } from '../contract/result';
import { getDocument } from '../db/documents';
import { reviewComments, stateCounts, writeTargetState } from '../db/review';
import { segmentDocument } from '../db/segments';
import { transaction } from '../db/sql';
import { lockTarget } from '../db/translations';
import { REVIEW_STEPS, stateAfterReview } from '../documents/review-step';
import { targetLangs } from '../documents/target-langs';
import { TRANSLATION_STATES, type TranslationState } from '../documents/types';
import { LANGS, type Lang } from '../text/lang';
import { act } from './act';
import type { Actor } from './roles';

const ReviewSchema = z.object({
  segmentId: IdSchema,
  lang: z.enum(LANGS),
  /** The version of the target the editor saw: a text changed since is not reviewed unseen. */
  version: z.number().int().min(1),
  step: z.enum(REVIEW_STEPS),
  comment: z.string().max(2000).optional(),
});
// an id from outside, or `invalid-input`
function idOf(value: unknown): number {
  const id = parseId(value);
  if (id === null) throw new AppError('invalid-input', { field: 'id' });
  return id;
}

export type ReviewInput = z.input<typeof ReviewSchema>;

/**
 * An editor's step on one target: `review` (translated → reviewed), `approve` (→ final, ready for
 * publication) or `send-back` (→ initial, with a required comment kept on the revision row). Refused
 * with `conflict` when the target changed since `version` (the stored text as `current`), with
 * `review-state` when the step does not apply to its state.
 */
export function reviewSegment(actor: Actor, input: ReviewInput): Promise<ActionResult<{ version: number; state: TranslationState }, { text: string; state: TranslationState; version: number }>> {
  return act(actor, 'segment.review', async () => {
    const parsed = ReviewSchema.safeParse(input);
    if (!parsed.success) throw new AppError('invalid-input', { field: parsed.error.issues[0]?.path.join('.') ?? '' });
    const { segmentId, lang, version, step } = parsed.data;
    const comment = parsed.data.comment?.trim() || null;
    if (step === 'send-back' && !comment) throw new AppError('review-comment-required');
    const at = await segmentDocument(segmentId);
    if (!at || at.sourceLang === lang) throw new AppError('segment-not-found', { id: segmentId });
    return transaction(async (tx) => {
      const current = await lockTarget(tx, segmentId, lang);
      if (!current) throw new AppError('review-state', { state: 'initial', step });
      if (current.version !== version) throw new AppError('conflict', { segmentId }, { text: current.text, state: current.state, version: current.version });
      const state = stateAfterReview(current.state, step);
      if (!state) throw new AppError('review-state', { state: current.state, step });
      return { version: await writeTargetState(tx, { segmentId, lang, current, state, comment, author: actor.id }), state };
    });
  });
}

/** The send-back comments of a segment, newest first, naming the reviewer. */
export function segmentReviewComments(actor: Actor, segmentId: unknown) {
  return act(actor, 'document.read', async () => reviewComments(idOf(segmentId)));
}

/** Per target language, how many segments of a document are in each state (untouched ones count as initial). */
export type StateProgress = { lang: Lang; total: number } & Record<TranslationState, number>;

/** Progress per state and language of one document. */
export function documentStateProgress(actor: Actor, documentId: unknown): Promise<ActionResult<StateProgress[]>> {
  return act(actor, 'document.read', async () => {
    const id = IdSchema.safeParse(documentId);
    const doc = id.success ? await getDocument(id.data) : null;
    if (!doc) throw new AppError('document-not-found', { id: String(documentId) });
    const total = doc.segments.filter((s) => !s.doNotTranslate).length;
    const rows = await stateCounts(doc.id);
    return targetLangs(doc.sourceLang).map((lang) => {
      const counts = Object.fromEntries(TRANSLATION_STATES.map((st) => [st, rows.find((r) => r.lang === lang && r.state === st)?.n ?? 0])) as Record<TranslationState, number>;
      counts.initial = total - counts.translated - counts.reviewed - counts.final;
      return { lang, total, ...counts };
    });
  });
}
