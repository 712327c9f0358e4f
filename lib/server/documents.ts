import type { ActionResult } from '../contract/result';
import { createDocument, listDocuments as documentRows, segmentStates } from '../db/documents';
import { countStates, type LangStateCounts } from '../documents/state-counts';
import { targetLangs } from '../documents/target-langs';
import type { DocumentDraft } from '../documents/types';
import type { DocumentRow, DocumentSummary } from '../documents/views';
import { importDocument as readDocument, type ImportInput } from '../import/import-document';
import type { DocumentQaSummary } from '../qa/summary';
import { detectQuoteRows } from '../quotes/anchors';
import { relevantConcepts } from '../terms/relevant-concepts';
import type { Concept } from '../terms/types';
import type { Lang } from '../text/lang';
import { act } from './act';
import type { Actor } from './actor';
import { qaSummaries } from './document-qa';
import { glossarySnapshot } from './glossary-cache';
import { documentOrNotFound } from './load';
import { can } from './policy';

// above this many concepts the editor gets only those relevant to the document
const CLIENT_GLOSSARY_LIMIT = 5000;

/** Every document with its per-language progress, newest first. */
export function listDocuments(actor: Actor): Promise<ActionResult<DocumentSummary[]>> {
  return act(actor, 'document.read', () => documentRows());
}

/** The documents list: every document with its progress, and per target language its segments and source words by state. */
export function documentsPage(actor: Actor): Promise<ActionResult<{ documents: DocumentSummary[]; states: Record<number, LangStateCounts[]> }>> {
  return act(actor, 'document.read', async () => {
    const documents = await documentRows();
    const rows = await segmentStates(documents.map((d) => d.id));
    const byDoc = new Map<number, typeof rows>();
    for (const r of rows) (byDoc.get(r.documentId) ?? byDoc.set(r.documentId, []).get(r.documentId)!).push(r);
    const states: Record<number, LangStateCounts[]> = {};
    for (const d of documents) states[d.id] = countStates(byDoc.get(d.id) ?? [], d.sourceLang, targetLangs(d.sourceLang));
    return { documents, states };
  });
}

/** What the editor page needs (`qa: false`: all but the QA): the document, its progress, the glossary it uses, its QA per target language and what the actor may do. */
export function editorPage(actor: Actor, documentId: unknown, opts: { qa?: boolean } = {}): Promise<ActionResult<{ doc: DocumentRow; summary: DocumentSummary | undefined; concepts: Concept[]; qa: DocumentQaSummary[]; can: { translate: boolean; editSource: boolean; review: boolean; glossary: boolean; proposeTerm: boolean } }>> {
  return act(actor, 'document.read', async () => {
    const doc = await documentOrNotFound(documentId);
    // without `qa` the page leaves the document's QA for the editor to ask for after it opens
    const [[summary], glossary, qa] = await Promise.all([documentRows(doc.id), glossarySnapshot(), opts.qa === false ? [] : qaSummaries(doc)]);
    // a large glossary is not sent whole: the concepts the document uses, and every wrong term
    const concepts =
      glossary.concepts.length <= CLIENT_GLOSSARY_LIMIT
        ? glossary.concepts
        : relevantConcepts(glossary.concepts, glossary.index, [
            ...doc.segments.map((s) => ({ text: s.text, lang: doc.sourceLang })),
            ...doc.segments.flatMap((s) => Object.entries(s.translations).map(([lang, tr]) => ({ text: tr!.text, lang: lang as Lang }))),
          ]);
    return {
      doc,
      summary,
      concepts,
      qa,
      can: { translate: can(actor, 'segment.translate'), editSource: can(actor, 'segment.edit-source'), review: can(actor, 'segment.review'), glossary: can(actor, 'glossary.edit'), proposeTerm: can(actor, 'glossary.propose') },
    };
  });
}

/** Stores a draft as a new document as the actor, with its quotes detected, in one transaction. */
export async function storeDraft(actor: Actor, draft: DocumentDraft): Promise<number> {
  const quotes = detectQuoteRows(draft.segments.map((s, i) => ({ id: i, text: s.text })));
  return createDocument(draft, actor.id, quotes);
}


/**
 * Imports a text, Markdown, HTML or DOCX analysis as a new document, all or nothing: the file is read
 * completely (import-empty, import-binary...) before anything is written.
 */
export function importDocument(actor: Actor, input: ImportInput): Promise<ActionResult<{ id: number; segments: number }>> {
  return act(actor, 'document.import', async () => {
    const draft = await readDocument(input);
    return { id: await storeDraft(actor, draft), segments: draft.segments.length };
  });
}

/** Stores a document the caller has already read (the CLI reads the file before it touches the database). */
export function importDraft(actor: Actor, draft: DocumentDraft): Promise<ActionResult<{ id: number; segments: number }>> {
  return act(actor, 'document.import', async () => ({ id: await storeDraft(actor, draft), segments: draft.segments.length }));
}
