import { importedState } from '../documents/translation-state';
import type { PmNode, TranslationState } from '../documents/types';
import type { DocumentRow } from '../documents/views';
import type { Lang } from '../text/lang';
import { mapLang } from './lang-map';
import type { XliffDoc, XliffInline, XliffUnit } from './xliff';
import { plainText, pmToXliff, xliffToPm } from './xliff-tiptap';

/** Note category carrying the target's version at export time: the base version of an import. */
export const VERSION_NOTE = 'tarjuman:target-version';
const ORIGINAL_PREFIX = 'tarjuman:document:';

const textDoc = (text: string): PmNode => ({ type: 'doc', content: text.split('\n').map((line) => ({ type: 'paragraph', ...(line ? { content: [{ type: 'text', text: line }] } : {}) })) });

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

/** A target of the file to bring back into one segment. */
export interface XliffEdit {
  unitId: string;
  segmentId: number;
  source: PmNode;
  target: XliffInline[];
  state?: TranslationState;
  /** The target version the file was exported at (null when the note is missing). */
  base: number | null;
}

/** A file that does not belong to this edition: a code and its parameters. */
export class XliffMismatchError extends Error {
  constructor(
    readonly code: 'xliff-language-mismatch' | 'xliff-wrong-document',
    readonly params: Record<string, string | number>,
  ) {
    super(code);
    this.name = 'XliffMismatchError';
  }
}

/**
 * Which targets of a parsed XLIFF file go back into which segments of the document: the edits, and
 * the report of units that are unknown, unsupported or made for another source. Throws
 * XliffMismatchError for another language pair or another document.
 */
export function planXliffImport(doc: DocumentRow, lang: Lang, xliff: XliffDoc): { edits: XliffEdit[]; report: XliffImportReport } {
  if (mapLang(xliff.srcLang) !== doc.sourceLang || mapLang(xliff.trgLang) !== lang) {
    throw new XliffMismatchError('xliff-language-mismatch', { srcLang: xliff.srcLang, trgLang: xliff.trgLang ?? '', expectedSrc: doc.sourceLang, expectedTrg: lang });
  }
  for (const f of xliff.files) {
    if (f.original?.startsWith(ORIGINAL_PREFIX) && f.original !== `${ORIGINAL_PREFIX}${doc.id}`) {
      throw new XliffMismatchError('xliff-wrong-document', { expected: doc.id, found: f.original.slice(ORIGINAL_PREFIX.length) });
    }
  }
  const report: XliffImportReport = { updated: [], unchanged: 0, unknown: [], conflicts: [], sourceChanged: [], unsupported: [] };
  const live = new Map(doc.segments.filter((s) => !s.doNotTranslate).map((s) => [String(s.id), s]));
  const edits: XliffEdit[] = [];
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
  return { edits, report };
}

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

/** What one edit does to the stored target: nothing, a conflict to log, or a new version. */
export type XliffEditOutcome =
  | { kind: 'unchanged' }
  | { kind: 'conflict' | 'save'; content: PmNode; text: string; state: TranslationState; base: number };

/** Decides one edit against the stored target (locked by the caller). */
export function decideXliffEdit(e: XliffEdit, cur: { content: PmNode | null; text: string; state: TranslationState; version: number } | null): XliffEditOutcome {
  const currentVersion = cur?.version ?? 0;
  const currentContent = cur ? cur.content ?? textDoc(cur.text) : null;
  const same = currentContent !== null && canonical(pmToXliff(currentContent)) === canonical(e.target);
  if (same && (e.state === undefined || e.state === cur!.state)) return { kind: 'unchanged' };
  const content = same ? currentContent! : contentFrom(e.target, currentContent ?? e.source);
  const text = plainText(content);
  const state = importedState(e.state, cur?.state, text);
  const base = e.base ?? currentVersion;
  return { kind: base !== currentVersion ? 'conflict' : 'save', content, text, state, base };
}
