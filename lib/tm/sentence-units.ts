import { alignSentences, type TermIndex } from '../align';
import type { Lang } from '../text/lang';
import { splitSentences, type Span } from '../text/segment';

/** One sentence pair of a confirmed paragraph: the source and target sentences of a confident bead. */
export interface SentencePair {
  /** Index of the bead's first source sentence. */
  index: number;
  source: string;
  target: string;
}

/** Beads below this confidence are not kept as memory units (the aligner's links at 0.9 were right 99.6% of the time). */
export const MIN_BEAD_CONFIDENCE = 0.8;

/**
 * The sentence units of a confirmed paragraph: its source and target sentences (lib/text/segment) paired
 * by the aligner (lib/align), keeping confident 1–1, 1–2 and 2–1 beads. A paragraph of one sentence on
 * both sides gives none (the paragraph unit is that sentence).
 */
export function sentencePairs(source: string, target: string, sourceLang: Lang, targetLang: Lang, termIndex?: TermIndex): SentencePair[] {
  const s = splitSentences(source, sourceLang);
  const t = splitSentences(target, targetLang);
  if (s.length === 0 || t.length === 0 || (s.length === 1 && t.length === 1)) return [];
  const links = alignSentences(
    s.map((x) => x.text),
    t.map((x) => x.text),
    { sourceLang, targetLang, ...(termIndex ? { termIndex } : {}) },
  );
  const out: SentencePair[] = [];
  for (const l of links) {
    const shape = `${l.source.length}-${l.target.length}`;
    if (l.score < MIN_BEAD_CONFIDENCE || (shape !== '1-1' && shape !== '1-2' && shape !== '2-1')) continue;
    out.push({ index: l.source[0]!, source: join(source, s, l.source), target: join(target, t, l.target) });
  }
  return out;
}

// The original text from the first to the last sentence of a bead (keeps the spacing between them).
function join(text: string, spans: Span[], idx: number[]): string {
  return text.slice(spans[idx[0]!]!.start, spans[idx[idx.length - 1]!]!.end);
}
