import { isBlank } from '../chars';
import { finding } from '../finding';
import type { SegmentCheck } from '../types';

/** The target is missing, empty, or only whitespace and invisible characters. */
export const untranslated: SegmentCheck = {
  id: 'untranslated',
  severity: 'error',
  scope: 'segment',
  keyParams: [],
  run(seg) {
    // A segment with nothing to translate (empty source) cannot be untranslated.
    if (isBlank(seg.sourceText) || !isBlank(seg.targetText)) return [];
    return [finding(untranslated, seg.unitId, { reason: seg.targetText == null ? 'missing' : 'empty' })];
  },
};
