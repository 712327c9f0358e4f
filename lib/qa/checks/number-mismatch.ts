import { findNumbers } from '../../text/numbers';
import { isBlank } from '../chars';
import { finding } from '../finding';
import type { Finding, SegmentCheck } from '../types';

/**
 * A number of the source is missing from the target, compared by value across digit systems and
 * separators (10,000 = ١٠٬٠٠٠ = ۱۰٬۰۰۰; 2014 = ٢٠١٤). Counted: "2 and 2" needs two 2s.
 */
export const numberMismatch: SegmentCheck = {
  id: 'number-mismatch',
  severity: 'error',
  scope: 'segment',
  keyParams: ['value'],
  run(seg) {
    if (isBlank(seg.targetText)) return [];
    const available = new Map<string, number>();
    for (const n of findNumbers(seg.targetText!)) available.set(n.value, (available.get(n.value) ?? 0) + 1);
    const out: Finding[] = [];
    for (const n of findNumbers(seg.sourceText)) {
      const left = available.get(n.value) ?? 0;
      if (left > 0) available.set(n.value, left - 1);
      else out.push(finding(numberMismatch, seg.unitId, { value: n.value, text: n.text }));
    }
    return out;
  },
};
