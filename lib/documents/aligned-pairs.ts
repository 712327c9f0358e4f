import type { Lang } from '../text/lang';
import type { DocumentDraft, PmNode } from './types';

/** What the aligner returns to the Align page: the sentences of both sides and the links between them. */
export interface AlignResult {
  targetLang: 'ar' | 'fa';
  source: string[];
  target: string[];
  links: { source: number[]; target: number[]; score: number }[];
}

/** One confirmed pair of a published translation: the source sentences and their translation. */
export interface AlignedPair {
  source: string;
  target: string;
}

export interface AlignedDocumentInput {
  title: string;
  sourceLang: Lang;
  targetLang: Lang;
  pairs: AlignedPair[];
  sourceUrl?: string | null;
}

const paragraphDoc = (text: string): PmNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) }],
});

/**
 * The confirmed pairs of an aligned published translation as a document draft: one segment per pair,
 * its source text and its translation (state `translated`). A 0–1 pair (translation only) gets an
 * empty source marked do-not-translate so the translation is not lost. Throws `align-no-pairs` or
 * `align-same-language` (as AlignError).
 */
export function alignedDocumentDraft(input: AlignedDocumentInput): DocumentDraft {
  const pairs = input.pairs.map((p) => ({ source: p.source.trim(), target: p.target.trim() })).filter((p) => p.source !== '' || p.target !== '');
  if (pairs.length === 0) throw new AlignError('align-no-pairs');
  if (input.sourceLang === input.targetLang) throw new AlignError('align-same-language', { lang: input.targetLang });
  const title = input.title.trim() || pairs.find((p) => p.source)?.source.slice(0, 120) || 'Aligned';
  return {
    title,
    authors: [],
    publishedOn: null,
    sourceUrl: input.sourceUrl ?? null,
    sourceLang: input.sourceLang,
    segments: pairs.map((p) => ({
      kind: 'paragraph',
      content: paragraphDoc(p.source),
      text: p.source,
      doNotTranslate: p.source === '',
      ...(p.target ? { translations: [{ lang: input.targetLang, content: paragraphDoc(p.target), text: p.target, state: 'translated' as const }] } : {}),
    })),
  };
}

/** Pairs that cannot become a document: a code and its parameters. */
export class AlignError extends Error {
  constructor(
    readonly code: 'align-no-pairs' | 'align-same-language',
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'AlignError';
  }
}
