import { z } from 'zod';
import { AppError } from '../contract/app-error';
import { IdSchema } from '../contract/ids';
import type { ActionResult } from '../contract/result';
import { lockSegmentTexts, writeSegmentText } from '../db/segment-texts';
import { touchDocument } from '../db/translations';
import { transaction } from '../db/sql';
import { docOfText, previewHits, type FindableText, type FindPreview, type ReplaceOutcome } from '../documents/find-preview';
import { findInDoc, replaceInDoc } from '../documents/replace-in-doc';
import { stateAfterSave } from '../documents/translation-state';
import type { DocumentRow } from '../documents/views';
import { LANGS, type Lang } from '../text/lang';
import { act } from './act';
import type { Actor } from './actor';
import { documentOrNotFound } from './load';
import { authorize, can } from './policy';

/** The longest query or replacement (a phrase, not a paragraph). */
export const MAX_FIND_LENGTH = 500;
/** The most segments one replace-all may change. */
export const MAX_REPLACE_SEGMENTS = 20_000;

const FindSchema = z.object({
  documentId: IdSchema,
  lang: z.enum(LANGS),
  query: z.string().trim().min(1).max(MAX_FIND_LENGTH),
  wholeWord: z.boolean().optional(),
  matchCase: z.boolean().optional(),
});
export type FindInput = z.input<typeof FindSchema>;

const ReplaceSchema = FindSchema.extend({
  replacement: z.string().max(MAX_FIND_LENGTH),
  /** The segments of the preview and the versions it was made on: only these are changed. */
  segments: z.array(z.object({ segmentId: IdSchema, version: z.number().int().min(0) })).min(1).max(MAX_REPLACE_SEGMENTS),
});
export type ReplaceInput = z.input<typeof ReplaceSchema>;
export type { FindPreview, ReplaceOutcome } from '../documents/find-preview';

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const p = schema.safeParse(input);
  if (!p.success) {
    const issue = p.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    if (issue?.code === 'too_big' && (field === 'query' || field === 'replacement')) throw new AppError('find-too-long', { field, max: MAX_FIND_LENGTH });
    if (field === 'query') throw new AppError('find-query-required');
    throw new AppError('invalid-input', { field });
  }
  return p.data;
}

/** The stored texts of a document in `lang`, with the version each was read at. */
function textsOf(doc: DocumentRow, lang: Lang): FindableText[] {
  const isSource = doc.sourceLang === lang;
  return doc.segments.flatMap((s, i) => {
    if (isSource) return [{ segmentId: s.id, n: i + 1, version: s.version, content: s.content, text: s.text }];
    const t = s.translations[lang];
    return t ? [{ segmentId: s.id, n: i + 1, version: t.version, content: t.content, text: t.text }] : [];
  });
}

/**
 * Every hit of a query in one language of a document (the source or a target), folding Arabic and
 * Farsi letter variants, harakat and optional ZWNJ, with Arabic proclitics (lib/text/find). Each hit
 * says whether replace-all would leave it (a locked original, a hit across nodes).
 */
export function findInDocument(actor: Actor, input: FindInput, replacement = ''): Promise<ActionResult<FindPreview>> {
  return act(actor, 'document.read', async () => {
    const q = parse(FindSchema, input);
    const doc = await documentOrNotFound(q.documentId);
    const isSource = doc.sourceLang === q.lang;
    const found = previewHits(textsOf(doc, q.lang), q.query, q.lang, { wholeWord: q.wholeWord, matchCase: q.matchCase }, replacement.slice(0, MAX_FIND_LENGTH));
    return { lang: q.lang, isSource, canReplace: can(actor, isSource ? 'segment.edit-source' : 'segment.translate'), ...found };
  });
}

/**
 * Replaces every hit of a query in the previewed segments of one language, in one transaction: one
 * revision (action `replace`) per changed segment. A segment whose version moved since the preview
 * is left (`changed`), as is every hit in a locked original (`locked`) or across nodes; all are
 * reported. Targets need `segment.translate`, the source `segment.edit-source`.
 */
export function replaceInDocument(actor: Actor, input: ReplaceInput): Promise<ActionResult<ReplaceOutcome>> {
  return act(actor, [], async () => {
    authorize(actor, 'segment.translate');
    const q = parse(ReplaceSchema, input);
    const doc = await documentOrNotFound(q.documentId);
    const isSource = doc.sourceLang === q.lang;
    if (isSource) authorize(actor, 'segment.edit-source');
    const position = new Map(doc.segments.map((s, i) => [s.id, i + 1]));
    const options = { wholeWord: q.wholeWord, matchCase: q.matchCase };
    return transaction(async (tx) => {
      const rows = new Map((await lockSegmentTexts(tx, doc.id, q.lang, isSource, q.segments.map((s) => s.segmentId))).map((r) => [r.segmentId, r]));
      const out: ReplaceOutcome = { changedSegments: 0, replaced: 0, skipped: [] };
      for (const want of q.segments) {
        const n = position.get(want.segmentId) ?? 0;
        const row = rows.get(want.segmentId);
        if (!row || row.version !== want.version) {
          out.skipped.push({ segmentId: want.segmentId, n, reason: 'changed', hits: 0 });
          continue;
        }
        const content = docOfText(row.content, row.text);
        const found = findInDoc(content, q.query, q.lang, options);
        const r = replaceInDoc(content, found, q.replacement);
        for (const reason of ['locked', 'crosses-nodes'] as const) {
          const count = r.skipped.filter((k) => k.reason === reason).length;
          if (count > 0) out.skipped.push({ segmentId: row.segmentId, n, reason, hits: count });
        }
        if (r.replaced.length === 0 || r.text === row.text) continue;
        // the editor's rule for a changed text: a confirmed target drops back to draft, a draft stays one
        const state = isSource ? row.state : stateAfterSave(row.state, row.text, r.text);
        await writeSegmentText(tx, { before: row, lang: q.lang, isSource, content: r.doc, text: r.text, state, action: 'replace', author: actor.id });
        out.changedSegments++;
        out.replaced += r.replaced.length;
      }
      if (out.changedSegments > 0) await touchDocument(tx, doc.id);
      return out;
    });
  });
}

/** What the find-and-replace page needs before any search: the document and what the actor may change. */
export function replacePage(actor: Actor, documentId: unknown) {
  return act(actor, 'document.read', async () => {
    const doc = await documentOrNotFound(documentId);
    return {
      doc: { id: doc.id, title: doc.title, sourceLang: doc.sourceLang },
      canTranslate: can(actor, 'segment.translate'),
      canEditSource: can(actor, 'segment.edit-source'),
    };
  });
}
