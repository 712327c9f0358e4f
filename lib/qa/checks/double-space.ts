import { findingsForMatches } from '../finding';
import type { SegmentCheck } from '../types';

// Horizontal spaces only: a line break in a target is not a double space.
const SPACES = '[ \\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]';
const RUN = new RegExp(`${SPACES}{2,}`, 'gu');
const HAS_RUN = new RegExp(`${SPACES}{2,}`, 'u');

/** Two or more spaces inside the target where the source has none; edges are edge-whitespace's. */
export const doubleSpace: SegmentCheck = {
  id: 'double-space',
  severity: 'warning',
  scope: 'segment',
  run(seg) {
    const target = seg.targetText;
    if (!target || HAS_RUN.test(seg.sourceText.trim())) return [];
    const inner = target.trimEnd();
    const lead = inner.length - inner.trimStart().length;
    return findingsForMatches(doubleSpace, seg.unitId, inner, RUN, (m) => (m.index === 0 && lead > 0 ? null : {}));
  },
};
