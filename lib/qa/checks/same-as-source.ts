import { comparable, isBlank } from '../chars';
import { finding } from '../finding';
import type { SegmentCheck } from '../types';

// URLs, e-mail addresses and @handles are the same in every language.
const LANGUAGE_NEUTRAL = /(?:https?:\/\/|www\.)[^\s<>"«»]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+|@[\p{L}\p{N}_]+/gu;

/** The target repeats the source (after whitespace and invisible characters), and the source has words. */
export const sameAsSource: SegmentCheck = {
  id: 'same-as-source',
  severity: 'warning',
  scope: 'segment',
  run(seg, ctx) {
    if (isBlank(seg.targetText) || ctx.sourceLang === ctx.targetLang) return [];
    const source = comparable(seg.sourceText, ctx.sourceLang);
    const target = comparable(seg.targetText!, ctx.targetLang);
    if (source !== target) return [];
    // Numbers, URLs and handles alone are rightly left as they are.
    if (!/\p{L}/u.test(source.replace(LANGUAGE_NEUTRAL, ''))) return [];
    return [finding(sameAsSource, seg.unitId, {}, { start: 0, end: seg.targetText!.length })];
  },
};
