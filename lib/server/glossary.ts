import { AppError } from '../contract/app-error';
import type { ActionResult } from '../contract/result';
import { conceptHistory as historyRows, getConcept as conceptRow, glossaryCounts, insertConflict, listLiveConcepts, listSubjects, lockConcept, searchConcepts, setDeleted, storedTexts, writeConcepts } from '../db/glossary';
import { transaction } from '../db/sql';
import { writeGlossaryCsv } from '../formats/glossary-csv';
import { writeTbx } from '../formats/tbx';
import { buildTermIndex, matchTerms } from '../terms';
import { plainConcept } from '../terms/plain-concept';
import { conceptHash } from './concept-hash';
import { checkConcept, newConceptId } from '../terms/concept-schema';
import type { ConceptHit, HistoryRow, Occurrence, SearchOptions, StoredConcept } from '../terms/glossary-views';
import type { TermMatch } from '../terms/types';
import type { Lang } from '../text/lang';
import { act } from './act';
import type { Actor } from './actor';
import { glossarySnapshot } from './glossary-cache';
import { can } from './policy';

export { importConcepts, importGlossary, loadHouseGlossary, houseGlossaryPath, type ImportCounts } from './glossary-import';

/** Ranked concept hits for a query in any language and script (see lib/db/glossary-search.ts). */
export function searchGlossary(actor: Actor, q: string, opts: SearchOptions = {}): Promise<ActionResult<ConceptHit[]>> {
  return act(actor, 'glossary.read', () => searchConcepts(q, opts));
}

/** What the glossary page shows: hits, the subject fields, the counts, and whether the actor may edit. */
export function glossaryOverview(actor: Actor, q: string, opts: SearchOptions = {}) {
  return act(actor, 'glossary.read', async () => {
    const [hits, subjects, counts] = await Promise.all([searchConcepts(q, opts), listSubjects(), glossaryCounts()]);
    return { hits, subjects, counts, canEdit: can(actor, 'glossary.edit') };
  });
}

async function storedOrNotFound(id: string): Promise<StoredConcept> {
  const concept = await conceptRow(id);
  if (!concept) throw new AppError('glossary-concept-not-found', { id });
  return concept;
}

/** One concept with version and authorship (deleted ones too). */
export function getConcept(actor: Actor, id: string): Promise<ActionResult<StoredConcept>> {
  return act(actor, 'glossary.read', () => storedOrNotFound(id));
}

/** Every change of a concept, newest first. */
export function conceptHistory(actor: Actor, id: string): Promise<ActionResult<HistoryRow[]>> {
  return act(actor, 'glossary.read', async () => {
    await storedOrNotFound(id);
    return historyRows(id);
  });
}

/**
 * Occurrences of one concept in the stored documents (sources and translations of live segments),
 * found by the matcher with an index of this concept alone, so morphology counts (بالمقاومة).
 */
export function conceptOccurrences(actor: Actor, id: string, limit = 200): Promise<ActionResult<Occurrence[]>> {
  return act(actor, 'glossary.read', () => occurrencesOf(id, limit));
}

async function occurrencesOf(id: string, limit: number): Promise<Occurrence[]> {
  const concept = await storedOrNotFound(id);
  const index = buildTermIndex([plainConcept(concept)]);
  const out: Occurrence[] = [];
  for await (const rows of storedTexts([...new Set(concept.terms.map((t) => t.lang))])) {
    for (const r of rows) {
      for (const m of matchTerms(index, r.text, r.lang)) {
        out.push({ documentId: r.document_id, documentTitle: r.title, segmentId: r.segment_id, position: r.position, lang: r.lang, text: r.text, start: m.start, end: m.end, term: m.term });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

/** What a concept's page shows: the concept, its occurrences and history, and whether the actor may edit. */
export function conceptPage(actor: Actor, id: string) {
  return act(actor, 'glossary.read', async () => {
    const concept = await storedOrNotFound(id);
    const [history, occurrences] = await Promise.all([historyRows(id), occurrencesOf(id, 200)]);
    return { concept, history, occurrences, canEdit: can(actor, 'glossary.edit') };
  });
}

/** Glossary terms in one text, by the matcher over the cached index. */
export function matchGlossary(actor: Actor, text: string, lang: Lang): Promise<ActionResult<TermMatch[]>> {
  return act(actor, 'glossary.read', async () => matchTerms((await glossarySnapshot()).index, text, lang));
}

/**
 * Creates a concept from any writer's input (the concept form, the editor's "add to glossary", the
 * API), checked against the one schema; without an id it gets one (newConceptId).
 */
export function createConcept(actor: Actor, input: unknown): Promise<ActionResult<StoredConcept>> {
  return act(actor, 'glossary.edit', async () => {
    const raw = input as { id?: unknown; terms?: { lang: Lang; text: string }[] } | null;
    const given = typeof raw?.id === 'string' ? raw.id.trim() : '';
    const c = checkConcept(input, given || newConceptId(Array.isArray(raw?.terms) ? raw.terms.filter((t) => typeof t?.text === 'string') : []));
    return transaction(async (tx) => {
      if (await lockConcept(tx, c.id)) throw new AppError('glossary-concept-exists', { id: c.id });
      await writeConcepts(tx, [{ concept: c, before: null, action: 'create' }], actor.id);
      return (await conceptRow(c.id, tx))!;
    });
  });
}

/**
 * Updates a concept if `baseVersion` is still its version; a stale save is refused with
 * `glossary-version-conflict` and the stored concept, and kept in the history as a conflict.
 */
export function updateConcept(actor: Actor, id: string, input: unknown, baseVersion: number): Promise<ActionResult<StoredConcept, StoredConcept>> {
  return act(actor, 'glossary.edit', async () => {
    const c = checkConcept(input, id);
    const outcome = await transaction(async (tx): Promise<{ conflict: StoredConcept } | { saved: StoredConcept }> => {
      const stored = await lockConcept(tx, c.id);
      if (!stored) throw new AppError('glossary-concept-not-found', { id: c.id });
      if (stored.deletedAt) throw new AppError('glossary-concept-deleted', { id: c.id });
      if (stored.version !== baseVersion) {
        await insertConflict(tx, stored, c, actor.id);
        return { conflict: stored };
      }
      if (conceptHash(c) !== conceptHash(stored)) await writeConcepts(tx, [{ concept: c, before: stored, action: 'update' }], actor.id);
      return { saved: (await conceptRow(c.id, tx))! };
    });
    // thrown after the transaction, so the conflict's history row stays
    if ('conflict' in outcome) throw new AppError('glossary-version-conflict', { id: c.id, version: outcome.conflict.version }, outcome.conflict);
    return outcome.saved;
  });
}

function deletion(actor: Actor, id: string, deleted: boolean): Promise<ActionResult<StoredConcept>> {
  return act(actor, 'glossary.edit', () =>
    transaction(async (tx) => {
      const stored = await lockConcept(tx, id);
      if (!stored) throw new AppError('glossary-concept-not-found', { id });
      if (deleted === !!stored.deletedAt) throw new AppError(deleted ? 'glossary-concept-deleted' : 'glossary-concept-not-deleted', { id });
      return setDeleted(tx, stored, deleted, actor.id);
    }),
  );
}

/** Deletes a concept (kept, hidden from search and matching; it can be restored). */
export function deleteConcept(actor: Actor, id: string): Promise<ActionResult<StoredConcept>> {
  return deletion(actor, id, true);
}

/** Brings back a deleted concept as it was when deleted. */
export function restoreConcept(actor: Actor, id: string): Promise<ActionResult<StoredConcept>> {
  return deletion(actor, id, false);
}

export interface ExportedGlossary {
  body: string;
  contentType: string;
  fileName: string;
}

/** The whole live glossary as TBX or CSV (with a byte-order mark, for spreadsheets). */
export function exportGlossary(actor: Actor, format: 'tbx' | 'csv', opts: { bom?: boolean } = {}): Promise<ActionResult<ExportedGlossary>> {
  return act(actor, 'glossary.read', async () => {
    const concepts = await listLiveConcepts();
    const date = new Date().toISOString().slice(0, 10);
    const body = format === 'tbx' ? writeTbx(concepts) : `${opts.bom === false ? '' : '\uFEFF'}${writeGlossaryCsv(concepts)}`;
    return { body, contentType: format === 'tbx' ? 'application/x-tbx+xml; charset=utf-8' : 'text/csv; charset=utf-8', fileName: `tarjuman-glossary-${date}.${format}` };
  });
}
