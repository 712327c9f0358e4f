import type { Concept, Term, TermStatus } from './types';
import type { Lang } from '../text/lang';

/** A concept as stored: the TBX content plus its version and who changed it when. */
export interface StoredConcept extends Concept {
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Set while the concept is deleted (it can be restored). */
  deletedAt: string | null;
}

/** How a hit met the query: the whole key, its start, the start of one of its words, or by likeness. */
export type HitRank = 'exact' | 'prefix' | 'word' | 'fuzzy';

/** One search result: the concept with all its terms, and the term that matched best. */
export interface ConceptHit {
  id: string;
  subjectField?: string;
  terms: Term[];
  matched: { lang: Lang; text: string; status: TermStatus };
  rank: HitRank;
  /** pg_trgm likeness of the best query key and the matched term's key, 0..1. */
  score: number;
}

export interface SearchOptions {
  lang?: Lang;
  status?: TermStatus;
  subject?: string;
  limit?: number;
  /** Search deleted concepts instead of live ones (to restore them). */
  deleted?: boolean;
}

export type HistoryAction = 'create' | 'update' | 'delete' | 'restore' | 'import' | 'conflict';

/** One change of a concept; before/after are the whole concept (null before a create). */
export interface HistoryRow {
  id: number;
  conceptId: string;
  action: HistoryAction;
  version: number | null;
  before: Concept | null;
  after: Concept | null;
  author: string;
  /** The author's name (the history names people). */
  authorName?: string | null;
  createdAt: string;
}

/** A stale save is refused with the stored concept, as segment saves are. */
export type SaveConceptResult = { ok: true; concept: StoredConcept } | { ok: false; current: StoredConcept };

/** Where a concept's term occurs: a document's segment, in one language, with the matched span. */
export interface Occurrence {
  documentId: number;
  documentTitle: string;
  segmentId: number;
  position: number;
  lang: Lang;
  text: string;
  start: number;
  end: number;
  term: string;
}
