import type { Lang } from '../text/lang';
import type { TermIndex } from '../terms/term-index';

export type { TermIndex };

/** One bead of an alignment: sentence indices on each side (empty for a 1–0 / 0–1 link). */
export interface AlignLink {
  source: number[];
  target: number[];
  /** Confidence in (0, 1), derived from the bead's cost; higher is better. */
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
