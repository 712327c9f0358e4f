import { INVISIBLE_CHARS, codePointLabel, isStrayInvisible } from '../chars';
import { finding } from '../finding';
import type { Finding, SegmentCheck } from '../types';

/**
 * Zero-width and other invisible characters in the target (U+200B, U+FEFF, U+2060, soft hyphen,
 * directional marks...). ZWNJ is spelling in Farsi and never flagged there; bidi controls are
 * bidi-control's.
 */
export const invisibleChar: SegmentCheck = {
  id: 'invisible-char',
  severity: 'warning',
  scope: 'segment',
  run(seg, ctx) {
    const text = seg.targetText;
    if (!text) return [];
    const out: Finding[] = [];
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      const name = INVISIBLE_CHARS.get(cp);
      if (!name || !isStrayInvisible(cp, ctx.targetLang)) continue;
      out.push(finding(invisibleChar, seg.unitId, { char: codePointLabel(cp), name }, { start: i, end: i + 1 }));
    }
    return out;
  },
};
