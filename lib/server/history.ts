import { z } from 'zod';
import { AppError } from '../contract/app-error';
import { IdSchema } from '../contract/ids';
import type { ActionResult } from '../contract/result';
import { currentPanes, listHistory, revisionText } from '../db/history';
import { saveSegmentText, segmentDocument } from '../db/segments';
import { historyEntries, type RestoredPane, type SegmentHistory } from '../documents/history';
import type { PmNode } from '../documents/types';
import type { SavedText } from '../documents/views';
import { isLang, type Lang } from '../text/lang';
import { act } from './act';
import type { Actor } from './actor';
import { authorize } from './policy';

export type { HistoryEntry, RestoredPane, SegmentHistory } from '../documents/history';

/** A plain text as a one-paragraph document (a revision that kept no document, or an empty one). */
const paragraphs = (text: string): PmNode => ({
  type: 'doc',
  content: text.split('\n').map((line) => (line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' })),
});

/** A segment's history, newest first: who (by name) changed what and when, each change as a word-level diff. */
export function segmentHistory(actor: Actor, segmentId: unknown, lang?: unknown): Promise<ActionResult<SegmentHistory>> {
  return act(actor, 'document.read', async () => {
    const id = IdSchema.safeParse(segmentId);
    if (!id.success || (lang !== undefined && lang !== null && !isLang(lang))) throw new AppError('invalid-input');
    const [rows, panes] = await Promise.all([listHistory(id.data, (lang as Lang | undefined) ?? null), currentPanes(id.data)]);
    const texts = Object.fromEntries(Object.entries(panes).map(([l, p]) => [l, p.text]));
    const versions = Object.fromEntries(Object.entries(panes).map(([l, p]) => [l, p.version]));
    return { entries: historyEntries(rows, texts), versions };
  });
}

const RestoreSchema = z.object({ revisionId: IdSchema, baseVersion: z.number().int().min(0) });

/**
 * Brings back the text an earlier revision left (a refused one too) as a NEW revision on top of
 * `baseVersion`, the version the user was looking at: if someone saved meanwhile it is refused with
 * `conflict` and the stored text, and nothing is written. The policy asked is that of an edit of
 * the pane (`segment.edit-source` for the source, `segment.translate` for a target).
 */
export function restoreRevision(actor: Actor, input: { revisionId: unknown; baseVersion: unknown }): Promise<ActionResult<RestoredPane, SavedText>> {
  return act<RestoredPane, SavedText>(actor, [], async () => {
    const parsed = RestoreSchema.safeParse(input);
    if (!parsed.success) {
      authorize(actor, 'segment.translate');
      throw new AppError('invalid-input', { field: parsed.error.issues[0]?.path.join('.') ?? '' });
    }
    const rev = await revisionText(parsed.data.revisionId);
    const at = rev ? await segmentDocument(rev.segmentId) : null;
    authorize(actor, at && rev && at.sourceLang === rev.lang ? 'segment.edit-source' : 'segment.translate');
    if (!rev || !at) throw new AppError('revision-not-found', { id: parsed.data.revisionId });
    if (rev.text === null || rev.action === 'split' || rev.action === 'merge') throw new AppError('revision-not-restorable', { id: parsed.data.revisionId });
    const content = rev.content ?? paragraphs(rev.text);
    const saved = await saveSegmentText({ segmentId: rev.segmentId, lang: rev.lang, baseVersion: parsed.data.baseVersion, content, text: rev.text, author: actor.id, action: 'restore' });
    if (!saved.ok) throw new AppError('conflict', { segmentId: rev.segmentId }, saved.conflict);
    return { segmentId: rev.segmentId, lang: rev.lang, version: saved.version, state: saved.state, text: rev.text, content };
  });
}
