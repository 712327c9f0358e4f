import type { PmNode } from '../documents/types';
import type { Lang } from '../text/lang';

/** How a memory unit matches the segment in focus: 101 context, 100 exact, below 100 fuzzy. */
export type MatchKind = 'context' | 'exact' | 'fuzzy';

/** Whether a unit is a whole confirmed paragraph (an editor row) or one sentence pair of it (or of a TMX file). */
export type UnitLevel = 'paragraph' | 'sentence';

/** Where a unit came from: the document and segment it was confirmed in (null for TMX and aligned imports), who, when. */
export interface TmOrigin {
  document: { id: number; title: string } | null;
  segment: number | null;
  /** User id of the confirming translator, or the TMX creationid/changeid. */
  author: string;
  /** ISO 8601 time of the last change. */
  at: string;
}

/** A memory, named; `kind` says how its units arrived. */
export interface TmMemory {
  id: number;
  name: string;
  kind: 'project' | 'aligned' | 'imported';
  units: number;
}

/** One run of the word diff between the current source and a match's source: 'delete' is only in the current source, 'insert' only in the match's. */
export interface TmDiffRun {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** One memory match for a segment (or one of its sentences), best first in every list. */
export interface TmMatch {
  unitId: number;
  /** 0–101: 101 context, 100 identical after NFC, 99 and below for normalization-only and larger differences. */
  score: number;
  kind: MatchKind;
  level: UnitLevel;
  source: string;
  target: string;
  /** Tiptap JSON of the target when the unit came from the editor (marks, links); null for plain-text units. */
  targetContent: PmNode | null;
  memory: { id: number; name: string };
  origin: TmOrigin;
  /** Word diff from the current source (before) to the match's source (after), for highlighting what differs. */
  diff: TmDiffRun[];
  /** The numbers of the match's source differ from the current source's. */
  numbersDiffer: boolean;
  /**
   * When numbersDiffer and every differing number could be placed: the target with the current source's
   * numbers written in the target's digit system (what applying the match offers); otherwise null.
   */
  adjustedTarget: string | null;
}

/** Sentence matches for one sentence of the paragraph in focus. */
export interface TmSentenceMatches {
  /** Index of the sentence in the paragraph's source. */
  index: number;
  /** [start, end) of the sentence in the paragraph's plain source text. */
  start: number;
  end: number;
  source: string;
  matches: TmMatch[];
}

/** A paragraph drafted from the best sentence match of each sentence (sentences without one keep their source). */
export interface TmDraft {
  text: string;
  parts: { index: number; text: string; score: number | null; unitId: number | null }[];
  /** Sentences covered by a match, out of all. */
  covered: number;
  total: number;
}

/** What the TM panel shows for the segment in focus. */
export interface SegmentLookup {
  segmentId: number;
  lang: Lang;
  /** The document's fuzzy threshold (percent) used for this lookup. */
  threshold: number;
  /** Paragraph-level matches (and sentence units matching the whole paragraph), best first. */
  matches: TmMatch[];
  /** For a paragraph of two or more sentences: matches of each sentence. */
  sentences: TmSentenceMatches[];
  /** A draft assembled from sentence matches, when at least one sentence matched and no paragraph match is exact. */
  draft: TmDraft | null;
}

/** Bands of an analysis, as a translator quotes a job. */
export const BANDS = ['101', '100', '95-99', '85-94', '75-84', '70-74', 'none'] as const;
export type Band = (typeof BANDS)[number];

/** The band of a match score (below 70, or no match: 'none'). */
export function bandOf(score: number | null): Band {
  if (score === null || score < 70) return 'none';
  if (score >= 101) return '101';
  if (score >= 100) return '100';
  if (score >= 95) return '95-99';
  if (score >= 85) return '85-94';
  if (score >= 75) return '75-84';
  return '70-74';
}

/** Counts of one band: segments and their source words. */
export interface BandCount {
  segments: number;
  words: number;
}

/** The analysis of a document against its memories, and what a pre-translation filled. */
export interface PretranslateReport {
  documentId: number;
  lang: Lang;
  /** Segments whose target was empty and so were analysed, by the band of their best match. */
  bands: Record<Band, BandCount>;
  /** Segments with a target already (left alone). */
  skipped: number;
  /** Targets written (0 for an analysis). */
  filled: number;
  /** Of those, written from a fuzzy match (state initial). */
  filledFuzzy: number;
  /** Minimum score filled (100 = exact and context only). */
  min: number;
}

/** One concordance hit: a unit whose text in `lang` holds the searched words, with where. */
export interface ConcordanceHit {
  unitId: number;
  memory: { id: number; name: string };
  sourceLang: Lang;
  targetLang: Lang;
  source: string;
  target: string;
  /** Which side the words were found on, and [start, end) of each hit in that side's text. */
  side: 'source' | 'target';
  ranges: [number, number][];
  origin: TmOrigin;
}

/** A document's memory settings: the memories it reads, in priority order (the first also receives its confirmations), and the fuzzy threshold. */
export interface DocumentMemorySettings {
  documentId: number;
  memories: { id: number; name: string }[];
  /** Fuzzy matches below this score (percent, 50–99) are not offered. */
  threshold: number;
}

export const DEFAULT_THRESHOLD = 70;

/** What an import did: the memory, the units read and what became of them, and what was flattened or skipped (a code with line and column). */
export interface TmxImportReport {
  memory: { id: number; name: string };
  /** Units read from the file (added + updated + unchanged). */
  units: number;
  /** New to the memory. */
  added: number;
  /** The memory held them (same pair, source and target; or same source and tuid) and this copy was newer. */
  updated: number;
  /** The memory (or the file itself, earlier) held them already, as new or newer. */
  unchanged: number;
  warnings: { code: 'inline-flattened' | 'tuv-language-skipped' | 'tu-incomplete'; line: number; column: number }[];
}
