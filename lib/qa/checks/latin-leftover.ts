import { isRtl } from '../../text/lang';
import { isBlank } from '../chars';
import { finding } from '../finding';
import { equivalents, targetHasConcept, termMatches } from '../term-lookup';
import type { Finding, SegmentCheck } from '../types';

const LATIN = /\p{Script=Latin}/u;

/**
 * Latin-script glossary terms left in an Arabic or Farsi target whose concept has an equivalent in
 * that language. A Latin gloss beside the equivalent ("كتائب حزب الله (Kataib Hezbollah)") is fine,
 * and Latin words the glossary does not know are not flagged.
 */
export const latinLeftover: SegmentCheck = {
  id: 'latin-leftover',
  severity: 'warning',
  scope: 'segment',
  keyParams: ['conceptId', 'term'],
  run(seg, ctx) {
    if (!ctx.termIndex || !isRtl(ctx.targetLang) || isBlank(seg.targetText)) return [];
    const target = seg.targetText!;
    if (!LATIN.test(target)) return [];
    const out: Finding[] = [];
    for (const m of termMatches(ctx, target, 'en')) {
      if (!LATIN.test(m.text)) continue;
      const wanted = equivalents(ctx, m.conceptId, ctx.targetLang);
      if (wanted?.length === 0 || targetHasConcept(ctx, target, m.conceptId)) continue;
      const params: Finding['params'] = { conceptId: m.conceptId, term: m.text };
      if (wanted) params.expected = wanted[0]!.text;
      out.push(finding(latinLeftover, seg.unitId, params, { start: m.start, end: m.end }));
    }
    return out;
  },
};
