import { comparable, isBlank, stripInvisible } from '../chars';
import { finding } from '../finding';
import type { SegmentCheck } from '../types';

/**
 * A quote whose original is in the target language must give the original wording, not a
 * translation of the English. Compared after removing invisible and bidi marks (and NFC, edges trimmed):
 * ZWNJ stays significant in Farsi, and any other difference of letters or punctuation counts.
 */
export const quoteNotOriginal: SegmentCheck = {
  id: 'quote-not-original',
  severity: 'error',
  scope: 'segment',
  keyParams: ['originalLang'],
  run(seg, ctx) {
    const quote = seg.quote;
    if (!quote || quote.originalLang !== ctx.targetLang || isBlank(seg.targetText)) return [];
    const lang = ctx.targetLang;
    // Edge whitespace is edge-whitespace's finding, not a change of wording.
    if (stripInvisible(seg.targetText!, lang).trim() === stripInvisible(quote.originalText, lang).trim()) return [];
    // Whitespace-only differences still count, but the UI can say so instead of "translated".
    const whitespaceOnly = comparable(seg.targetText!, lang) === comparable(quote.originalText, lang);
    return [
      finding(quoteNotOriginal, seg.unitId, {
        originalLang: quote.originalLang,
        difference: whitespaceOnly ? 'whitespace' : 'wording',
      }),
    ];
  },
};
