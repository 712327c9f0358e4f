import type { TermType } from '../../terms/types';
import { isBlank } from '../chars';
import { finding } from '../finding';
import { isUsable, termMatches, termOf } from '../term-lookup';
import type { DocumentCheck, Finding } from '../types';

// A full form first and its acronym or short form afterwards is house style, not inconsistency.
const SHORT: ReadonlySet<TermType | undefined> = new Set(['acronym', 'abbreviation', 'shortForm']);

interface Use {
  unitId: string;
  term: string;
  start: number;
  end: number;
}

/**
 * One concept rendered by different usable target terms across the document (full forms and
 * short forms compared separately). Uses of a term other than the most frequent one (the earliest
 * on a tie) are flagged, naming the expected term.
 */
export const termInconsistent: DocumentCheck = {
  id: 'term-inconsistent',
  severity: 'warning',
  scope: 'document',
  keyParams: ['conceptId', 'term'],
  run(segs, ctx) {
    if (!ctx.termIndex) return [];
    const groups = new Map<string, Use[]>();
    for (const seg of segs) {
      if (isBlank(seg.targetText)) continue;
      for (const m of termMatches(ctx, seg.targetText!, ctx.targetLang)) {
        if (!isUsable(m.status)) continue;
        const form = SHORT.has(termOf(ctx, m)?.type) ? 'short' : 'full';
        const key = `${m.conceptId}\u0000${form}`;
        groups.set(key, [...(groups.get(key) ?? []), { unitId: seg.unitId, term: m.term, start: m.start, end: m.end }]);
      }
    }
    const out: Finding[] = [];
    for (const [key, uses] of groups) {
      const counts = new Map<string, number>();
      for (const u of uses) counts.set(u.term, (counts.get(u.term) ?? 0) + 1);
      if (counts.size < 2) continue;
      let expected = '';
      for (const [term, n] of counts) if (n > (counts.get(expected) ?? 0)) expected = term;
      const conceptId = key.slice(0, key.indexOf('\u0000'));
      for (const u of uses) {
        if (u.term === expected) continue;
        out.push(finding(termInconsistent, u.unitId, { conceptId, term: u.term, expected }, { start: u.start, end: u.end }));
      }
    }
    return out;
  },
};
