import type { Lang } from '../text/lang';
import { LANGS } from '../text/lang';
import { tokenize } from '../text/tokens';
import { numberValue } from '../text/numbers';
import { normalizeKey } from '../text/normalize';
import { withoutArticle } from './arabic-morphology';
import { PairTable } from './pair-table';
import type { Concept, Term, TermStatus } from './types';

/** One term as the matcher reports it. */
export interface IndexedTerm {
  conceptId: string;
  term: string;
  lang: Lang;
  status: TermStatus;
  /** Case-kept unit keys for acronyms and terms in capitals (KH, PMF); null when case is ignored. */
  caseUnits: string[] | null;
}

/**
 * A token trie over normalized word keys, one root per language. Words are interned to ids and the
 * edges (node, word id) -> child live in one flat integer hash table, so a lookup allocates nothing and
 * a word absent from the glossary is rejected by one Map read. An edge's value carries the child's
 * flags beside its number (`edgeTo`), so a walk step reads one slot and nothing else. Built once;
 * matching only reads it.
 */
export interface TermIndex {
  /** Word key -> word id. */
  readonly words: Map<string, number>;
  /** (node, word id) -> edgeTo(child): the child's number and its flags. */
  readonly edges: PairTable;
  /** Terms ending at a node, best first (by status, then glossary order). */
  readonly terms: (IndexedTerm[] | undefined)[];
  readonly roots: Record<Lang, number>;
  /** Per node, NODE_TERMS | NODE_CASE | NODE_CHILDREN (grown as nodes are added); copied into its edge. */
  flags: Uint8Array;
  /** Number of terms indexed. */
  size: number;
}

/** Node flags: terms end here; the best of them must match letter case; the node has children. */
export const NODE_TERMS = 1;
export const NODE_CASE = 2;
export const NODE_CHILDREN = 4;
const FLAG_BITS = 3;

/** An edge's value: a child node with its flags in the low bits (a walk step needs both). */
export function edgeTo(index: TermIndex, node: number): number {
  return (node << FLAG_BITS) | index.flags[node]!;
}

/** The node an edge value leads to; its flags are `edge & 7` (NODE_TERMS | NODE_CASE | NODE_CHILDREN). */
export function nodeOf(edge: number): number {
  return edge >> FLAG_BITS;
}

const STATUS_RANK: Record<TermStatus, number> = { preferred: 0, admitted: 1, deprecated: 2, forbidden: 3 };

/** Builds the matching index of a glossary once; reuse it for every segment. */
export function buildTermIndex(concepts: Concept[]): TermIndex {
  const index: TermIndex = {
    words: new Map(),
    edges: new PairTable(concepts.length * 4),
    terms: [],
    roots: { en: 0, ar: 1, fa: 2 },
    flags: new Uint8Array(concepts.length * 4 + LANGS.length),
    size: 0,
  };
  index.terms.length = LANGS.length;
  for (const concept of concepts) for (const term of concept.terms) addTerm(index, concept.id, term);
  let sorted = false;
  index.terms.forEach((list, node) => {
    if (!list || list.length < 2) return;
    list.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]);
    setTermFlags(index, node, list);
    sorted = true;
  });
  // Sorting can change whether a node's best term keeps case: refresh the flags copied into edges.
  if (sorted) index.edges.updateValues((edge) => edgeTo(index, nodeOf(edge)));
  return index;
}

/** Adds one term to a built index (a glossary edit need not rebuild the whole index). */
export function addTerm(index: TermIndex, conceptId: string, term: Term): void {
  const units = termUnits(term.text, term.lang);
  if (units.length === 0) return;
  let node = index.roots[term.lang];
  // The edge into `node` (from `parent` under word `via`), whose copy of the flags must follow them.
  let parent = -1;
  let via = -1;
  for (const unit of units) {
    let word = index.words.get(unit);
    if (word === undefined) index.words.set(unit, (word = index.words.size));
    const edge = index.edges.get(node, word);
    let next: number;
    if (edge === -1) {
      next = index.terms.length;
      index.terms.push(undefined);
      if (next >= index.flags.length) {
        const grown = new Uint8Array(next * 2);
        grown.set(index.flags);
        index.flags = grown;
      }
      index.edges.set(node, word, edgeTo(index, next));
      if ((index.flags[node]! & NODE_CHILDREN) === 0) {
        index.flags[node]! |= NODE_CHILDREN;
        if (parent !== -1) index.edges.set(parent, via, edgeTo(index, node));
      }
    } else next = nodeOf(edge);
    parent = node;
    via = word;
    node = next;
  }
  const entry: IndexedTerm = {
    conceptId,
    term: term.text,
    lang: term.lang,
    status: term.status,
    caseUnits: isCaseSensitive(term) ? termUnits(term.text, term.lang, false) : null,
  };
  const list = (index.terms[node] ??= []);
  list.push(entry);
  setTermFlags(index, node, list);
  index.edges.set(parent, via, edgeTo(index, node));
  index.size++;
}

function setTermFlags(index: TermIndex, node: number, list: IndexedTerm[]): void {
  index.flags[node] = (index.flags[node]! & NODE_CHILDREN) | NODE_TERMS | (list[0]!.caseUnits ? NODE_CASE : 0);
}

/** The child of a node under a word key, or -1. */
export function childOf(index: TermIndex, node: number, key: string): number {
  const word = index.words.get(key);
  const edge = word === undefined ? -1 : index.edges.get(node, word);
  return edge === -1 ? -1 : nodeOf(edge);
}

/** Acronyms, abbreviations and terms written in capitals (KH, AAH, COVID-19) keep their case. */
export function isCaseSensitive(term: Term): boolean {
  if (term.text.toLowerCase() === term.text) return false; // no capitals (and all of Arabic and Farsi)
  if (term.type === 'acronym' || term.type === 'abbreviation') return true;
  return term.text.toUpperCase() === term.text;
}

/** The unit keys of a term as the trie stores them. */
export function termUnits(text: string, lang: Lang, foldCase = true): string[] {
  const units: string[] = [];
  for (const token of tokenize(text, lang)) {
    const key = foldCase ? token.key : normalizeKey(token.text, lang, { foldCase: false });
    for (const part of key.split(' ')) if (part) units.push(unitKey(part, lang));
  }
  return units;
}

/** A word key as compared in the trie: numbers by value, Arabic words without the article. */
export function unitKey(key: string, lang: Lang): string {
  const c = key.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return numberValue(key) ?? key;
  return lang === 'ar' ? withoutArticle(key) : key;
}
