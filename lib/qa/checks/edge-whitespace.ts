import { finding } from '../finding';
import type { Finding, SegmentCheck } from '../types';

const LEADING = /^\s+/u;
const TRAILING = /\s+$/u;

/** Whitespace at the start or end of the target where the source has none on that side. */
export const edgeWhitespace: SegmentCheck = {
  id: 'edge-whitespace',
  severity: 'warning',
  scope: 'segment',
  run(seg) {
    const target = seg.targetText;
    if (!target || target.trim() === '') return [];
    const out: Finding[] = [];
    const lead = LEADING.exec(target);
    if (lead && !LEADING.test(seg.sourceText)) {
      out.push(finding(edgeWhitespace, seg.unitId, { side: 'start' }, { start: 0, end: lead[0].length }));
    }
    const trail = TRAILING.exec(target);
    if (trail && !TRAILING.test(seg.sourceText)) {
      out.push(finding(edgeWhitespace, seg.unitId, { side: 'end' }, { start: trail.index, end: target.length }));
    }
    return out;
  },
};
