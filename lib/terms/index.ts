// The glossary matcher's public surface: build an index once, match each segment against it.
export type { Concept, Term, TermMatch, TermStatus, TermType } from './types';
export type { IndexedTerm, TermIndex } from './term-index';
export { addTerm, buildTermIndex, isCaseSensitive, termUnits } from './term-index';
export { matchTerms } from './matcher';
export { termKey } from './term-key';
