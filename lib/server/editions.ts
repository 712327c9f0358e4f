import { AppError } from '../contract/app-error';
import type { ActionResult } from '../contract/result';
import { getEditionStyle, insertPublication, listPublications, saveEditionStyle as saveStyleRow, type Publication } from '../db/publications';
import { transaction } from '../db/sql';
import { audit } from './audit';
import { lockTarget, touchDocument, writeTarget, insertRevision } from '../db/translations';
import { decideXliffEdit, planXliffImport, type XliffImportReport } from '../formats/document-xliff';
import { parseXliff } from '../formats/xliff';
import { editionFromDocument } from '../publish/edition-source';
import { renderExport, type ExportedFile, type ExportFormat } from '../publish/export-file';
import { resolveHouseStyle, type HouseStyle } from '../publish/house-style';
import { parseHouseStyle } from '../publish/house-style-input';
import { cleanReason } from '../qa/reason';
import type { Lang } from '../text/lang';
import { act } from './act';
import type { Actor } from './actor';
import { checkDocument } from './document-qa';
import { documentOrNotFound } from './load';
import { can } from './policy';
import { quoteOriginals } from './quote-data';

export type { Publication } from '../db/publications';

/** What the edition page shows: the gate, the saved style, the publications and what the actor may do. */
export function editionPage(actor: Actor, documentId: unknown, lang: Lang) {
  return act(actor, 'document.read', async () => {
    const doc = await documentOrNotFound(documentId);
    const [qa, overrides, publications] = await Promise.all([checkDocument(doc, lang), getEditionStyle(doc.id, lang), listPublications(doc.id, lang)]);
    return {
      doc,
      gate: { blocked: qa.blocked, openErrors: qa.openErrors, openWarnings: qa.openWarnings },
      style: resolveHouseStyle(lang, overrides),
      untranslated: editionFromDocument(doc, lang).untranslated,
      publications,
      can: { style: can(actor, 'edition.style'), publish: can(actor, 'edition.publish'), override: can(actor, 'edition.override'), importXliff: can(actor, 'xliff.import') },
    };
  });
}

/** Saves the house-style overrides of a document's edition in `lang` (checked: `house-style-invalid`, `house-style-unsupported`). */
export function saveEditionStyle(actor: Actor, documentId: unknown, lang: Lang, overrides: unknown): Promise<ActionResult<Partial<HouseStyle>>> {
  return act(actor, 'edition.style', async () => {
    const doc = await documentOrNotFound(documentId);
    const style = parseHouseStyle(lang, overrides);
    await saveStyleRow(doc.id, lang, style, actor.id);
    return style;
  });
}

/**
 * Publishes the edition of a document in `lang`. The QA gate: refused with `publish-blocked`
 * {openErrors} while error findings are open, unless an override reason is given by an actor the
 * policy allows to override. Records who, when, the style, the edition as published and the counts.
 */
export function publishEdition(actor: Actor, input: { documentId: unknown; lang: Lang; overrideReason?: string | null }): Promise<ActionResult<Publication>> {
  return act(actor, 'edition.publish', async () => {
    const doc = await documentOrNotFound(input.documentId);
    const [qa, quotes, overrides] = await Promise.all([checkDocument(doc, input.lang), quoteOriginals(doc.id), getEditionStyle(doc.id, input.lang)]);
    let override: string | null = null;
    if (qa.blocked) {
      if (!input.overrideReason?.trim()) throw new AppError('publish-blocked', { openErrors: qa.openErrors });
      if (!can(actor, 'edition.override')) throw new AppError('forbidden', { action: 'edition.override', role: actor.role });
      override = cleanReason(input.overrideReason, 'publish-override');
    }
    const edition = editionFromDocument(doc, input.lang, quotes).input;
    const style = resolveHouseStyle(input.lang, overrides);
    return transaction(async (tx) => {
      const p = await insertPublication({ documentId: doc.id, lang: input.lang, style, edition, openErrors: qa.openErrors, openWarnings: qa.openWarnings, overrideReason: override, author: actor.id }, tx);
      const subject = `document ${doc.id} ${input.lang}`;
      await audit({ actor: actor.id, action: 'publish', subject, details: { publication: p.id, openErrors: qa.openErrors } }, tx);
      if (override) await audit({ actor: actor.id, action: 'qa-override', subject, details: { publication: p.id, openErrors: qa.openErrors, reason: override } }, tx);
      return p;
    });
  });
}

/** The publications of a document in `lang`, newest first. */
export function editionHistory(actor: Actor, documentId: unknown, lang: Lang): Promise<ActionResult<Publication[]>> {
  return act(actor, 'document.read', async () => listPublications((await documentOrNotFound(documentId)).id, lang));
}

/**
 * A stored document exported in `lang`: JSON, the edition (HTML with embedded fonts, Markdown, DOCX)
 * in the saved house style (or `style` overrides, checked), or XLIFF 2.1.
 */
export function exportDocument(actor: Actor, documentId: unknown, lang: Lang, format: ExportFormat, style?: unknown): Promise<ActionResult<ExportedFile>> {
  return act(actor, 'document.export', async () => {
    const doc = await documentOrNotFound(documentId);
    const overrides = style === undefined ? await getEditionStyle(doc.id, lang) : parseHouseStyle(lang, style);
    const quotes = format === 'json' || format === 'xliff' ? undefined : await quoteOriginals(doc.id);
    return renderExport(doc, lang, format, overrides, quotes);
  });
}

/**
 * Brings a translated XLIFF file back into a document, in one transaction: each edited target becomes
 * a new version with a revision (an edit from a version no longer current is a conflict, logged and
 * not applied); unknown units are reported; nothing else changes.
 */
export function importXliff(actor: Actor, input: { documentId: unknown; lang: Lang; bytes: Uint8Array }): Promise<ActionResult<XliffImportReport>> {
  return act(actor, 'xliff.import', async () => {
    const xliff = parseXliff(input.bytes);
    const doc = await documentOrNotFound(input.documentId);
    const { edits, report } = planXliffImport(doc, input.lang, xliff);
    await transaction(async (tx) => {
      for (const e of edits) {
        const cur = await lockTarget(tx, e.segmentId, input.lang);
        const outcome = decideXliffEdit(e, cur);
        if (outcome.kind === 'unchanged') {
          report.unchanged += 1;
          continue;
        }
        const currentVersion = cur?.version ?? 0;
        const row = { segmentId: e.segmentId, lang: input.lang, baseVersion: outcome.base, before: cur, after: outcome, author: actor.id };
        if (outcome.kind === 'conflict') {
          await insertRevision(tx, { ...row, action: 'conflict', version: currentVersion });
          report.conflicts.push({ unitId: e.unitId, baseVersion: outcome.base, currentVersion });
          continue;
        }
        await writeTarget(tx, { ...row, action: 'save', version: currentVersion + 1 });
        report.updated.push({ unitId: e.unitId, version: currentVersion + 1 });
      }
      if (report.updated.length > 0) await touchDocument(tx, doc.id);
    });
    return report;
  });
}
