import { isBlank } from '../chars';
import { finding } from '../finding';
import { equivalents, isUsable, termMatches } from '../term-lookup';
import type { Finding, SegmentCheck } from '../types';

/**
 * The target uses a term the glossary marks deprecated or forbidden (clitics and spelling variants
 * included), unless the same words also form a usable term of some concept.
 */
export const termForbidden: SegmentCheck = {
  id: 'term-forbidden',
  severity: 'error',
  scope: 'segment',
  keyParams: ['conceptId', 'term'],
  run(seg, ctx) {
    if (!ctx.termIndex || isBlank(seg.targetText)) return [];
    const matches = termMatches(ctx, seg.targetText!, ctx.targetLang);
    const usable = matches.filter((m) => isUsable(m.status));
    const out: Finding[] = [];
    for (const m of matches) {
      if (isUsable(m.status)) continue;
      if (usable.some((u) => u.start <= m.start && u.end >= m.end)) continue;
      const params: Finding['params'] = { conceptId: m.conceptId, term: m.term, status: m.status };
      const better = equivalents(ctx, m.conceptId, ctx.targetLang)?.[0];
      if (better) params.expected = better.text;
      out.push(finding(termForbidden, seg.unitId, params, { start: m.start, end: m.end }));
    }
    return out;
  },
};
