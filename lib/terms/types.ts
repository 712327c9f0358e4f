import type { Lang } from '../text/lang';

export type TermStatus = 'preferred' | 'admitted' | 'deprecated' | 'forbidden';
export type TermType =
  | 'fullForm'
  | 'acronym'
  | 'abbreviation'
  | 'shortForm'
  | 'variant'
  | 'transliteration';

export const TERM_STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated', 'forbidden'];
export const TERM_TYPES: readonly TermType[] = ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'transliteration'];

/** One designation of a concept in one language. */
export interface Term {
  lang: Lang;
  text: string;
  status: TermStatus;
  type?: TermType;
  partOfSpeech?: string;
  usageNote?: string;
  source?: string;
}

/** A concept as in TBX: language-independent id with terms in en/ar/fa. */
export interface Concept {
  id: string;
  subjectField?: string;
  definitions?: Partial<Record<Lang, string>>;
  notes?: Partial<Record<Lang, string>>;
  terms: Term[];
}

/** One recognized term occurrence; start/end are UTF-16 offsets in the original text. */
export interface TermMatch {
  start: number;
  end: number;
  text: string;
  conceptId: string;
  term: string;
  lang: Lang;
  status: TermStatus;
}
