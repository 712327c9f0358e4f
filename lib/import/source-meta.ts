import type { Block } from './runs';

/** Metadata a format may carry outside its body text (front matter, <meta>, clipboard header). */
export interface SourceMeta {
  title?: string;
  authors?: string[];
  date?: string;
  sourceUrl?: string;
}

/** What every format parser returns: blocks in reading order plus out-of-band metadata. */
export interface ParsedSource {
  blocks: Block[];
  meta: SourceMeta;
}
