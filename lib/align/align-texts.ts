import { splitSentences, type Span } from '../text/segment';
import type { Lang } from '../text/lang';
import { alignSentences } from './align-sentences';
import type { AlignLink, AlignOptions } from './types';

export interface TextAlignment {
  links: AlignLink[];
  /** Sentences of the source text; link indices point into this list. Offsets are in the original text. */
  source: Span[];
  target: Span[];
}

/** Paragraphs (lines) of a text split into sentences, with the index of each paragraph's first sentence. */
export function sentencesOf(text: string, lang: Lang): { spans: Span[]; paragraphStarts: number[] } {
  const spans: Span[] = [];
  const paragraphStarts: number[] = [];
  const line = /[^\r\n]+/gu;
  for (let m = line.exec(text); m !== null; m = line.exec(text)) {
    const sentences = splitSentences(m[0], lang);
    if (sentences.length === 0) continue;
    paragraphStarts.push(spans.length);
    for (const s of sentences) spans.push({ start: m.index + s.start, end: m.index + s.end, text: s.text });
  }
  return { spans, paragraphStarts };
}

/** Splits both texts into paragraphs and sentences, then aligns the sentences (paragraph starts help). */
export function alignTexts(sourceText: string, targetText: string, opts: AlignOptions): TextAlignment {
  const src = sentencesOf(sourceText, opts.sourceLang);
  const tgt = sentencesOf(targetText, opts.targetLang);
  const links = alignSentences(
    src.spans.map((s) => s.text),
    tgt.spans.map((s) => s.text),
    { ...opts, sourceParagraphStarts: src.paragraphStarts, targetParagraphStarts: tgt.paragraphStarts },
  );
  return { links, source: src.spans, target: tgt.spans };
}
