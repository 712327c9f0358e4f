import { z } from 'zod';
import { ROWS_PER_REQUEST } from '../documents/rows-per-request';
import { AppError } from '../contract/app-error';
import { IdSchema } from '../contract/ids';
import type { ActionResult } from '../contract/result';
import { getDocument, listDocuments } from '../db/documents';
import { mergeWithNext, splitAt } from '../db/segment-structure';
import { listRevisions, saveSegmentText, segmentDocument } from '../db/segments';
import { targetLangs } from '../documents/target-langs';
import { TRANSLATION_STATES, type PmNode, type TranslationState } from '../documents/types';
import type { LangProgress, RevisionRow, SavedText, SegmentRow } from '../documents/views';
import type { DocumentQaSummary } from '../qa/summary';
import { LANGS, type Lang } from '../text/lang';
import { act } from './act';
import type { Actor } from './actor';
import { qaSummaries } from './document-qa';
import { documentOrNotFound } from './load';
import { authorize } from './policy';
import { rememberConfirmed } from './tm';

const PmNodeSchema: z.ZodType<PmNode> = z.lazy(() =>
  z.object({
    type: z.string().max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(PmNodeSchema).max(5000).optional(),
    text: z.string().max(100_000).optional(),
    marks: z.array(z.object({ type: z.string().max(64), attrs: z.record(z.string(), z.unknown()).optional() })).max(20).optional(),
  }),
);

/** One pane's autosave as the editor sends it. */
export const SaveSegmentSchema = z.object({
  segmentId: IdSchema,
  lang: z.enum(LANGS),
  baseVersion: z.number().int().min(0),
  content: PmNodeSchema,
  text: z.string().max(100_000),
  state: z.enum(TRANSLATION_STATES).optional(),
});
export type SaveSegmentInput = z.input<typeof SaveSegmentSchema>;

/** A save that went through: the new version and state, and the document's QA in the languages it touched. */
export interface SavedSegment {
  version: number;
  state: TranslationState;
  /** Open counts and document-wide findings of each target language the save can change (all of them for a source edit). */
  qa: DocumentQaSummary[];
  /** The document's progress per target language after the save (confirmed and reviewed counts). */
  progress: LangProgress[];
}

const REVIEW_STATES: TranslationState[] = ['reviewed', 'final'];
const SegmentOf = z.object({ documentId: IdSchema, segmentId: IdSchema });

/**
 * Saves one pane of one segment on the version it was loaded at, as the actor, and returns what the
 * editor's document QA needs, so no second request follows. A stale version is refused with
 * `conflict` and the stored text (`current`); the refused text stays in the revision log.
 */
export function saveSegment(actor: Actor, input: SaveSegmentInput): Promise<ActionResult<SavedSegment, SavedText>> {
  // which actions are asked depends on the segment: the policy is asked once it is known
  return act<SavedSegment, SavedText>(actor, [], async () => {
    const parsed = SaveSegmentSchema.safeParse(input);
    if (!parsed.success) {
      authorize(actor, 'segment.translate');
      throw new AppError('invalid-input', { field: parsed.error.issues[0]?.path.join('.') ?? '' });
    }
    const at = await segmentDocument(parsed.data.segmentId);
    const isSource = at?.sourceLang === parsed.data.lang;
    authorize(actor, isSource ? 'segment.edit-source' : 'segment.translate');
    if (parsed.data.state && REVIEW_STATES.includes(parsed.data.state)) authorize(actor, 'segment.review');
    if (!at) throw new AppError('segment-not-found', { id: parsed.data.segmentId });
    const saved = await saveSegmentText({ ...parsed.data, author: actor.id });
    if (!saved.ok) throw new AppError('conflict', { segmentId: parsed.data.segmentId }, saved.conflict);
    if (!isSource && parsed.data.state && saved.state !== 'initial') await rememberConfirmed(actor, { segmentId: parsed.data.segmentId, lang: parsed.data.lang }); // issue 13: a confirmation writes the memory
    const [doc, [summary]] = await Promise.all([getDocument(at.documentId), listDocuments(at.documentId)]);
    const langs = isSource ? targetLangs(at.sourceLang) : [parsed.data.lang];
    return { version: saved.version, state: saved.state, qa: doc ? await qaSummaries(doc, langs) : [], progress: summary?.progress ?? [] };
  });
}

/** Folds a segment's next neighbour into it (source and every translation); the neighbour is kept, marked merged. */
export function mergeSegments(actor: Actor, documentId: unknown, segmentId: unknown): Promise<ActionResult<void>> {
  return act(actor, 'segment.edit-source', async () => {
    const ids = SegmentOf.safeParse({ documentId, segmentId });
    if (!ids.success) throw new AppError('invalid-input');
    await mergeWithNext(ids.data.documentId, ids.data.segmentId, actor.id);
  });
}

/** Splits a segment's source at a plain-text offset; translations stay with the first part. Returns the new segment's id. */
export function splitSegment(actor: Actor, documentId: unknown, segmentId: unknown, offset: unknown): Promise<ActionResult<number>> {
  return act(actor, 'segment.edit-source', async () => {
    const ids = SegmentOf.safeParse({ documentId, segmentId });
    if (!ids.success) throw new AppError('invalid-input');
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 1) throw new AppError('split-offset', { offset: String(offset) });
    return splitAt(ids.data.documentId, ids.data.segmentId, offset, actor.id);
  });
}

/** The revision log of one segment, newest first. */
export function segmentRevisions(actor: Actor, segmentId: unknown, lang?: Lang): Promise<ActionResult<RevisionRow[]>> {
  return act(actor, 'document.read', async () => {
    const id = IdSchema.safeParse(segmentId);
    if (!id.success) throw new AppError('invalid-input');
    return listRevisions(id.data, lang);
  });
}

/** Most rows one request brings (the editor asks for the rest of a long document in such chunks). */
export const ROWS_LIMIT = ROWS_PER_REQUEST;
const RowsOf = z.object({ documentId: IdSchema, offset: z.number().int().min(0), limit: z.number().int().min(1).max(ROWS_LIMIT) });

/** `limit` live segments of a document from `offset` on, in order, with their translations. */
export function documentRows(actor: Actor, documentId: unknown, offset: unknown, limit: unknown): Promise<ActionResult<SegmentRow[]>> {
  return act(actor, 'document.read', async () => {
    const q = RowsOf.safeParse({ documentId, offset, limit });
    if (!q.success) throw new AppError('invalid-input', { field: q.error.issues[0]?.path.join('.') ?? '' });
    const doc = await getDocument(q.data.documentId, { offset: q.data.offset, limit: q.data.limit });
    if (!doc) throw new AppError('document-not-found', { id: String(documentId) });
    return doc.segments;
  });
}

/** The document's QA per target language (open counts, document-wide findings), asked for by the editor once it is open. */
export function documentQaSummaries(actor: Actor, documentId: unknown): Promise<ActionResult<DocumentQaSummary[]>> {
  return act(actor, 'qa.read', async () => qaSummaries(await documentOrNotFound(documentId)));
}
