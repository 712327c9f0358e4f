import type { Block } from './runs';
import { runsText } from './runs';

// "Figure 1: …", "Fig. 2 — …", Arabic "الشكل 1: …", Farsi "شکل ۱: …", "تصویر ۲: …".
const CAPTION = [
  /^(?:figure|fig\.|image|photo|chart|map|table|graph|exhibit)\s*\p{N}+[a-z]?\s*[:.–—-]/iu,
  /^(?:الشكل|شكل|الصورة|صورة|الرسم البياني|رسم بياني|الجدول|جدول|الخريطة|خريطة)\s*(?:رقم\s*)?\p{N}+\s*[:.–—-]/u,
  /^(?:شکل|تصویر|نمودار|جدول|نقشه)\s*(?:شماره\s*)?\p{N}+\s*[:.–—-]/u,
];

/** True when a paragraph is a figure caption. */
export function isCaption(text: string): boolean {
  return CAPTION.some((re) => re.test(text.trim()));
}

/** Paragraphs that are captions become kind 'caption'. */
export function classifyCaptions(blocks: Block[]): Block[] {
  return blocks.map((b) => (b.kind === 'paragraph' && isCaption(runsText(b.runs)) ? { ...b, kind: 'caption' } : b));
}
