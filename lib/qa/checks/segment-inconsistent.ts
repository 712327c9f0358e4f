import { comparable, isBlank } from '../chars';
import { finding } from '../finding';
import type { DocumentCheck, Finding, QaSegment } from '../types';

/**
 * The same source sentence (whitespace and invisible characters aside) is translated differently
 * in the document. Segments whose rendering differs from the most frequent one (the earliest on a
 * tie) are flagged, naming a unit that has that rendering.
 */
export const segmentInconsistent: DocumentCheck = {
  id: 'segment-inconsistent',
  severity: 'warning',
  scope: 'document',
  keyParams: [],
  run(segs, ctx) {
    const groups = new Map<string, QaSegment[]>();
    for (const seg of segs) {
      if (isBlank(seg.targetText)) continue;
      const key = comparable(seg.sourceText, ctx.sourceLang);
      if (!/\p{L}/u.test(key)) continue;
      groups.set(key, [...(groups.get(key) ?? []), seg]);
    }
    const out: Finding[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const byTarget = new Map<string, QaSegment[]>();
      for (const seg of group) {
        const t = comparable(seg.targetText!, ctx.targetLang);
        byTarget.set(t, [...(byTarget.get(t) ?? []), seg]);
      }
      if (byTarget.size < 2) continue;
      // Map iteration keeps first-seen order, so on a tie the earliest rendering wins.
      let majority: QaSegment[] = [];
      for (const segsOfTarget of byTarget.values()) if (segsOfTarget.length > majority.length) majority = segsOfTarget;
      for (const segsOfTarget of byTarget.values()) {
        if (segsOfTarget === majority) continue;
        for (const seg of segsOfTarget) {
          out.push(finding(segmentInconsistent, seg.unitId, { otherUnitId: majority[0]!.unitId, variants: byTarget.size }));
        }
      }
    }
    return out;
  },
};
