import type { Lang } from '../text/lang';
import type { TermIndex } from '../terms/term-index';

export type { TermIndex };

/** One bead of an alignment: sentence indices on each side (empty for a 1–0 / 0–1 link). */
export interface AlignLink {
  source: number[];
  target: number[];
  /**
   * Confidence in [0, 1]: the link's posterior probability among the alignments near the chosen one
   * (forward–backward over the model's costs). Links scored 0.9 or more were right 99.6% of the time on
   * the benchmark, 0.5–0.6 about two times in three. With `lengthOnly`, a squashed bead cost instead.
   */
  score: number;
}

export interface AlignOptions {
  sourceLang: Lang;
  targetLang: Lang;
  termIndex?: TermIndex;
  /** Use only the length model (the benchmark's baseline). */
  lengthOnly?: boolean;
  /** Index of the first sentence of each paragraph, per side; beads starting both get a small bonus. */
  sourceParagraphStarts?: number[];
  targetParagraphStarts?: number[];
}
