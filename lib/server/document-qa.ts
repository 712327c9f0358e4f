import { transaction } from '../db/sql';
import { audit } from './audit';
import { AppError } from '../contract/app-error';
import type { ActionResult } from '../contract/result';
import { acceptedKeys, insertAcceptance, listAcceptances, revokeAcceptance as revokeRow, type Acceptance } from '../db/qa-acceptances';
import { targetLangs } from '../documents/target-langs';
import type { DocumentRow } from '../documents/views';
import { qaSegments } from '../qa/document-input';
import { cleanReason } from '../qa/reason';
import { findingKey, qaContext, runDocumentChecks } from '../qa/run';
import { qaCounts, summarizeQa, type DocumentQaSummary, type QaCounts } from '../qa/summary';
import type { Finding, QaSegment } from '../qa/types';
import type { Lang } from '../text/lang';
import { act } from './act';
import type { Actor } from './actor';
import { glossarySnapshot } from './glossary-cache';
import { documentOrNotFound } from './load';
import { can } from './policy';
import { quoteOriginals } from './quote-data';

/** Every check run on a stored document in one target language: findings, the open ones and the gate. */
export interface DocumentQa extends QaCounts {
  sourceLang: Lang;
  lang: Lang;
  segments: QaSegment[];
  accepted: string[];
  findings: Finding[];
}

/** Runs QA on a loaded document with the cached glossary (a recheck after each save must not rebuild its index). */
export async function checkDocument(doc: DocumentRow, lang: Lang): Promise<DocumentQa> {
  const [accepted, quotes, glossary] = await Promise.all([acceptedKeys(doc.id, lang), quoteOriginals(doc.id), glossarySnapshot()]);
  const segments = qaSegments(doc, lang, quotes);
  const ctx = glossary.concepts.length === 0 ? qaContext(doc.sourceLang, lang) : { sourceLang: doc.sourceLang, targetLang: lang, termIndex: glossary.index, concepts: glossary.byId };
  const findings = runDocumentChecks(segments, ctx);
  return { sourceLang: doc.sourceLang, lang, segments, accepted, findings, ...qaCounts(findings, accepted) };
}

/** The editor's QA summaries of a document: open counts and document-wide findings per target language. */
export async function qaSummaries(doc: DocumentRow, langs: Lang[] = targetLangs(doc.sourceLang)): Promise<DocumentQaSummary[]> {
  return Promise.all(langs.map(async (lang) => summarizeQa(lang, await checkDocument(doc, lang))));
}

/** Every check on a stored document in one language (the QA page, the CLI, the gate). */
export function runDocumentQa(actor: Actor, documentId: unknown, lang: Lang): Promise<ActionResult<DocumentQa>> {
  return act(actor, 'qa.read', async () => checkDocument(await documentOrNotFound(documentId), lang));
}

/** What the QA page shows: the document, its QA in `lang`, the acceptances, and whether the actor may accept. */
export function qaPage(actor: Actor, documentId: unknown, lang: Lang) {
  return act(actor, 'qa.read', async () => {
    const doc = await documentOrNotFound(documentId);
    const [qa, acceptances] = await Promise.all([checkDocument(doc, lang), listAcceptances(doc.id, lang)]);
    return { doc, qa, acceptances, canAccept: can(actor, 'qa.accept') };
  });
}

/**
 * Accepts the finding with this key as intentional, with a reason (who and when recorded). The
 * finding is found again on the server, so its params are the real ones; `qa-finding-not-found`
 * when the text has changed, `qa-already-accepted` when it is.
 */
export function acceptFinding(actor: Actor, input: { documentId: unknown; lang: Lang; key: string; reason: string }): Promise<ActionResult<Acceptance>> {
  return act(actor, 'qa.accept', async () => {
    const reason = cleanReason(input.reason);
    const doc = await documentOrNotFound(input.documentId);
    const qa = await checkDocument(doc, input.lang);
    const finding = qa.findings.find((f) => findingKey(f) === input.key);
    if (!finding) throw new AppError('qa-finding-not-found');
    return transaction(async (tx) => {
      const row = await insertAcceptance({ documentId: doc.id, lang: input.lang, finding, reason, author: actor.id }, tx);
      if (!row) throw new AppError('qa-already-accepted', { checkId: finding.checkId, unitId: finding.unitId });
      // accepting an error finding lets the edition past the QA gate: an override of QA, audited
      if (finding.severity === 'error') await audit({ actor: actor.id, action: 'qa-override', subject: `document ${doc.id} ${input.lang}`, details: { checkId: finding.checkId, unitId: finding.unitId, reason } }, tx);
      return row;
    });
  });
}

/** Withdraws an acceptance (the row stays, with who and when); `qa-acceptance-not-found` otherwise. */
export function revokeAcceptance(actor: Actor, input: { documentId: unknown; lang: Lang; key: string }): Promise<ActionResult<void>> {
  return act(actor, 'qa.accept', async () => {
    const doc = await documentOrNotFound(input.documentId);
    if (!(await revokeRow({ documentId: doc.id, lang: input.lang, key: input.key, author: actor.id }))) throw new AppError('qa-acceptance-not-found');
  });
}
