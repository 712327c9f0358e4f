import { findingsForMatches } from '../finding';
import type { SegmentCheck } from '../types';

/** Tatweel (U+0640) in the target: justification belongs to the layout, not the text. */
export const kashida: SegmentCheck = {
  id: 'kashida',
  severity: 'warning',
  scope: 'segment',
  run(seg) {
    if (!seg.targetText) return [];
    return findingsForMatches(kashida, seg.unitId, seg.targetText, /\u0640+/gu);
  },
};
