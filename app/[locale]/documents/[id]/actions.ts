'use server';

import { z } from 'zod';
import { AppError, toAppError } from '@/lib/db/errors';
import { listRevisions, saveSegmentText, type RevisionRow, type SaveResult } from '@/lib/db/segments';
import { mergeWithNext, splitAt } from '@/lib/db/segment-structure';
import type { PmNode } from '@/lib/documents/types';
import { TRANSLATION_STATES } from '@/lib/documents/types';
import { LANGS } from '@/lib/text/lang';
import { saveConcept } from '@/lib/db/glossary';
import type { Concept } from '@/lib/terms/types';
import type { Lang } from '@/lib/text/lang';
import { runDocumentQa } from '@/lib/db/qa';
import { CHECKS } from '@/lib/qa/registry';
import type { Finding } from '@/lib/qa/types';

type Failure = { ok: false; error: string };

const PmNodeSchema: z.ZodType<PmNode> = z.lazy(() =>
  z.object({
    type: z.string().max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(PmNodeSchema).max(5000).optional(),
    text: z.string().max(100_000).optional(),
    marks: z.array(z.object({ type: z.string().max(64), attrs: z.record(z.string(), z.unknown()).optional() })).max(20).optional(),
  }),
);

const SaveSchema = z.object({
  segmentId: z.number().int().positive(),
  lang: z.enum(LANGS),
  baseVersion: z.number().int().min(0),
  content: PmNodeSchema,
  text: z.string().max(100_000),
  state: z.enum(TRANSLATION_STATES).optional(),
});

function fail(err: unknown): Failure {
  const e = toAppError(err);
  if (!(err instanceof AppError)) console.error(err);
  return { ok: false, error: e.code };
}

/** Autosave of one pane; a stale base version comes back as a conflict with the stored text. */
export async function saveSegmentAction(input: z.input<typeof SaveSchema>): Promise<SaveResult | Failure> {
  const parsed = SaveSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid-input' };
  try {
    return await saveSegmentText(parsed.data);
  } catch (err) {
    return fail(err);
  }
}

const Ids = z.object({ documentId: z.number().int().positive(), segmentId: z.number().int().positive() });

export async function mergeSegmentAction(documentId: number, segmentId: number): Promise<{ ok: boolean; code?: string }> {
  const p = Ids.safeParse({ documentId, segmentId });
  if (!p.success) return { ok: false, code: 'invalid-input' };
  try {
    await mergeWithNext(p.data.documentId, p.data.segmentId);
    return { ok: true };
  } catch (err) {
    return { ok: false, code: fail(err).error };
  }
}

export async function splitSegmentAction(documentId: number, segmentId: number, offset: number): Promise<{ ok: boolean; code?: string }> {
  const p = Ids.extend({ offset: z.number().int().min(1) }).safeParse({ documentId, segmentId, offset });
  if (!p.success) return { ok: false, code: 'split-offset' };
  try {
    await splitAt(p.data.documentId, p.data.segmentId, p.data.offset);
    return { ok: true };
  } catch (err) {
    return { ok: false, code: fail(err).error };
  }
}

export async function revisionsAction(segmentId: number): Promise<RevisionRow[]> {
  const p = z.number().int().positive().safeParse(segmentId);
  return p.success ? listRevisions(p.data) : [];
}

const NewConceptSchema = z.object({
  terms: z.array(z.object({ lang: z.enum(LANGS), text: z.string().trim().min(1).max(300) })).min(1).max(12),
  subjectField: z.string().trim().max(200),
  definition: z.string().trim().max(4000),
});

function conceptId(terms: { lang: string; text: string }[]): string {
  const en = terms.find((t) => t.lang === 'en')?.text ?? '';
  const slug = en.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `c-${slug || 'term'}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** "Add to glossary" from the editor: a new concept whose terms are preferred in their languages. */
export async function createConceptAction(input: z.input<typeof NewConceptSchema>): Promise<{ ok: true; concept: Concept } | { ok: false; error: string }> {
  const p = NewConceptSchema.safeParse(input);
  if (!p.success) return { ok: false, error: 'invalid-input' };
  const { terms, subjectField, definition } = p.data;
  const concept: Concept = {
    id: conceptId(terms),
    ...(subjectField ? { subjectField } : {}),
    ...(definition ? { definitions: { en: definition } } : {}),
    terms: terms.map((t) => ({ lang: t.lang, text: t.text, status: 'preferred' as const })),
  };
  try {
    const r = await saveConcept(concept, 'local');
    return r.ok ? { ok: true, concept: r.concept } : { ok: false, error: 'conflict' };
  } catch (err) {
    return fail(err);
  }
}

export interface DocumentQaSummary {
  lang: Lang;
  openErrors: number;
  openWarnings: number;
  /** Open findings of the document-wide checks (term-inconsistent, segment-inconsistent). */
  documentFindings: Finding[];
}

const DOCUMENT_CHECK_IDS = new Set(CHECKS.filter((c) => c.scope === 'document').map((c) => c.id));

/** Document-wide QA of one target language, rerun by the editor after saves. */
export async function documentQaAction(documentId: number, lang: Lang): Promise<DocumentQaSummary | null> {
  const p = z.object({ documentId: z.number().int().positive(), lang: z.enum(LANGS) }).safeParse({ documentId, lang });
  if (!p.success) return null;
  const qa = await runDocumentQa(p.data.documentId, p.data.lang);
  if (!qa) return null;
  return { lang: p.data.lang, openErrors: qa.openErrors, openWarnings: qa.openWarnings, documentFindings: qa.open.filter((f) => DOCUMENT_CHECK_IDS.has(f.checkId)) };
}
