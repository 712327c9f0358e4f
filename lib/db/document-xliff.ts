import type { PmNode, TranslationState } from '../documents/types';
import { mapLang } from '../formats/lang-map';
import { parseXliff, writeXliff, type XliffDoc, type XliffInline, type XliffUnit } from '../formats/xliff';
import { plainText, pmToXliff, xliffToPm } from '../formats/xliff-tiptap';
import type { Lang } from '../text/lang';
import { getDocument, type DocumentRow } from './documents';
import { AppError } from './errors';
import { parseDocumentId } from './qa';
import { json, sql } from './sql';

/** Note category carrying the target's version at export time: the base version of an import. */
export const VERSION_NOTE = 'tarjuman:target-version';
const ORIGINAL_PREFIX = 'tarjuman:document:';

/** A document as XLIFF 2.1 for one target language: a unit per translatable segment (id = segment id). */
export function documentToXliff(doc: DocumentRow, lang: Lang): XliffDoc {
  const units: XliffUnit[] = doc.segments
    .filter((s) => !s.doNotTranslate)
    .map((s) => {
      const tr = s.translations[lang];
      const target = tr ? pmToXliff(tr.content ?? textDoc(tr.text)) : undefined;
      return {
        id: String(s.id),
        name: s.kind,
        notes: [{ category: VERSION_NOTE, appliesTo: 'target' as const, text: String(tr?.version ?? 0) }],
        segments: [{ ...(tr ? { state: tr.state } : {}), source: pmToXliff(s.content), ...(target ? { target } : {}) }],
      };
    });
  return { version: '2.1', srcLang: doc.sourceLang, trgLang: lang, files: [{ id: `d${doc.id}`, original: `${ORIGINAL_PREFIX}${doc.id}`, notes: [], units }] };
}

/** The XLIFF 2.1 file of a stored document in `lang`; null for an unknown document. */
export async function exportDocumentXliff(documentId: number | string, lang: Lang): Promise<string | null> {
  const id = parseDocumentId(documentId);
  const doc = id === null ? null : await getDocument(id);
  return doc ? writeXliff(documentToXliff(doc, lang)) : null;
}

export interface XliffImportReport {
  /** Units whose target changed and was saved as a new version. */
  updated: { unitId: string; version: number }[];
  unchanged: number;
  /** Unit ids that name no live, translatable segment of the document. */
  unknown: string[];
  /** Targets edited from a version that is no longer current: kept in the revision log, not applied. */
  conflicts: { unitId: string; baseVersion: number; currentVersion: number }[];
  /** Units whose source differs from the document's: the translation was made for other words. */
  sourceChanged: string[];
  /** Units we cannot map back (not exactly one segment). */
  unsupported: string[];
}

const textDoc = (text: string): PmNode => ({ type: 'doc', content: text.split('\n').map((line) => ({ type: 'paragraph', ...(line ? { content: [{ type: 'text', text: line }] } : {}) })) });
// Two contents are the same edit when they are the same in XLIFF terms (ids and block attrs aside).
const canonical = (inline: XliffInline[]) => JSON.stringify(xliffToPm(inline));

/** Tiptap content from an imported target, with block types and attributes taken from `template`. */
function contentFrom(target: XliffInline[], template: PmNode): PmNode {
  const blocks = template.content ?? [];
  const doc = xliffToPm(target);
  return {
    type: 'doc',
    content: (doc.content ?? []).map((b, i) => {
      const t = blocks[i] ?? blocks[blocks.length - 1];
      return { ...b, type: t?.type ?? 'paragraph', ...(t?.attrs ? { attrs: t.attrs } : {}) };
    }),
  };
}

/**
 * Imports an XLIFF file back into a document, in one transaction: each edited target becomes a new
 * version with a revision (a stale base version is a conflict, logged and not applied, as in
 * saveSegmentText); unknown units are reported; nothing else changes. Throws FormatError for a bad
 * file, AppError `document-not-found`, `xliff-language-mismatch`, `xliff-wrong-document`.
 */
export async function importDocumentXliff(input: { documentId: number | string; lang: Lang; bytes: Uint8Array; author?: string }): Promise<XliffImportReport> {
  const author = input.author ?? 'local';
  const xliff = parseXliff(input.bytes);
  const id = parseDocumentId(input.documentId);
  const doc = id === null ? null : await getDocument(id);
  if (!doc) throw new AppError('document-not-found', { id: String(input.documentId) });
  if (mapLang(xliff.srcLang) !== doc.sourceLang || mapLang(xliff.trgLang) !== input.lang) {
    throw new AppError('xliff-language-mismatch', { srcLang: xliff.srcLang, trgLang: xliff.trgLang ?? '', expectedSrc: doc.sourceLang, expectedTrg: input.lang });
  }
  for (const f of xliff.files) {
    if (f.original?.startsWith(ORIGINAL_PREFIX) && f.original !== `${ORIGINAL_PREFIX}${doc.id}`) {
      throw new AppError('xliff-wrong-document', { expected: doc.id, found: f.original.slice(ORIGINAL_PREFIX.length) });
    }
  }
  const report: XliffImportReport = { updated: [], unchanged: 0, unknown: [], conflicts: [], sourceChanged: [], unsupported: [] };
  const live = new Map(doc.segments.filter((s) => !s.doNotTranslate).map((s) => [String(s.id), s]));
  const edits: { unitId: string; segmentId: number; source: PmNode; target: XliffInline[]; state?: TranslationState; base: number | null }[] = [];
  for (const unit of xliff.files.flatMap((f) => f.units)) {
    const seg = live.get(unit.id);
    if (!seg) {
      report.unknown.push(unit.id);
      continue;
    }
    const parts = unit.segments.filter((s) => !s.ignorable);
    if (parts.length !== 1) {
      report.unsupported.push(unit.id);
      continue;
    }
    const part = parts[0]!;
    if (!part.target) {
      report.unchanged += 1;
      continue;
    }
    if (plainText(part.source).trim() !== seg.text.trim()) {
      report.sourceChanged.push(unit.id);
      continue;
    }
    const note = unit.notes.find((n) => n.category === VERSION_NOTE)?.text;
    edits.push({ unitId: unit.id, segmentId: seg.id, source: seg.content, target: part.target, state: part.state, base: note && /^\d+$/.test(note) ? Number(note) : null });
  }
  await sql.begin(async (tx) => {
    for (const e of edits) {
      await tx`select id from segments where id = ${e.segmentId} for update`;
      const [cur] = await tx<{ content: PmNode; text: string; state: TranslationState; version: number }[]>`
        select content, text, state, version from translations where segment_id = ${e.segmentId} and lang = ${input.lang}`;
      const currentVersion = cur?.version ?? 0;
      const currentContent = cur ? cur.content ?? textDoc(cur.text) : null;
      const same = currentContent !== null && canonical(pmToXliff(currentContent)) === canonical(e.target);
      if (same && (e.state === undefined || e.state === cur!.state)) {
        report.unchanged += 1;
        continue;
      }
      const content = same ? currentContent! : contentFrom(e.target, currentContent ?? e.source);
      const text = plainText(content);
      const state: TranslationState = e.state && !(e.state === 'initial' && text.trim() !== '') ? e.state : text.trim() === '' ? 'initial' : cur && cur.state !== 'initial' ? cur.state : 'translated';
      const base = e.base ?? currentVersion;
      const before = [json(cur?.content ?? null), cur?.text ?? null, cur?.state ?? null] as const;
      if (base !== currentVersion) {
        await tx`insert into revisions (segment_id, lang, action, base_version, version, before_content, before_text, before_state, after_content, after_text, after_state, author)
          values (${e.segmentId}, ${input.lang}, 'conflict', ${base}, ${currentVersion}, ${before[0]}, ${before[1]}, ${before[2]}, ${json(content)}, ${text}, ${state}, ${author})`;
        report.conflicts.push({ unitId: e.unitId, baseVersion: base, currentVersion });
        continue;
      }
      const version = currentVersion + 1;
      await tx`insert into translations (segment_id, lang, content, text, state, version, updated_by)
        values (${e.segmentId}, ${input.lang}, ${json(content)}, ${text}, ${state}, ${version}, ${author})
        on conflict (segment_id, lang) do update set content = excluded.content, text = excluded.text,
          state = excluded.state, version = excluded.version, updated_at = now(), updated_by = excluded.updated_by`;
      await tx`insert into revisions (segment_id, lang, action, base_version, version, before_content, before_text, before_state, after_content, after_text, after_state, author)
        values (${e.segmentId}, ${input.lang}, 'save', ${base}, ${version}, ${before[0]}, ${before[1]}, ${before[2]}, ${json(content)}, ${text}, ${state}, ${author})`;
      report.updated.push({ unitId: e.unitId, version });
    }
    if (report.updated.length > 0) await tx`update documents set updated_at = now() where id = ${doc.id}`;
  });
  return report;
}
