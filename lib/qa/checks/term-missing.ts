import { isBlank } from '../chars';
import { finding } from '../finding';
import { equivalents, targetHasConcept, termMatches } from '../term-lookup';
import type { Finding, SegmentCheck } from '../types';

/**
 * A glossary term recognized in the source (any inflection or clitic the matcher knows) whose
 * concept has no preferred or admitted equivalent in the target. Concepts without a target-language
 * equivalent in the glossary are not required.
 */
export const termMissing: SegmentCheck = {
  id: 'term-missing',
  severity: 'warning',
  scope: 'segment',
  keyParams: ['conceptId'],
  run(seg, ctx) {
    if (!ctx.termIndex || isBlank(seg.targetText)) return [];
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const m of termMatches(ctx, seg.sourceText, ctx.sourceLang)) {
      if (seen.has(m.conceptId)) continue;
      seen.add(m.conceptId);
      const wanted = equivalents(ctx, m.conceptId, ctx.targetLang);
      if (wanted?.length === 0) continue;
      if (targetHasConcept(ctx, seg.targetText!, m.conceptId)) continue;
      const params: Finding['params'] = { conceptId: m.conceptId, term: m.term };
      if (wanted) params.expected = wanted[0]!.text;
      out.push(finding(termMissing, seg.unitId, params));
    }
    return out;
  },
};
