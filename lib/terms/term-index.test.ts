import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lang } from '../text/lang';
import { addTerm, buildTermIndex, childOf, nodeOf, NODE_CASE, NODE_CHILDREN, NODE_TERMS } from './term-index';
import type { Concept, TermStatus, TermType } from './types';

const WORDS = ['kh', 'KH', 'Hezbollah', 'حزب', 'الله', 'كتائب', 'کتاب', 'ها', 'PMF', 'unit', '10,000'];

/** Every edge's copy of its child's flags, next to the flags themselves. */
function edgeFlags(index: ReturnType<typeof buildTermIndex>): [number, number][] {
  const pairs: [number, number][] = [];
  index.edges.updateValues((edge) => {
    pairs.push([edge & 7, index.flags[nodeOf(edge)]!]);
    return edge;
  });
  return pairs;
}

describe('term index edges', () => {
  it('carry their child node flags through builds, status sorting and later additions', () => {
    const term = fc.record({
      lang: fc.constantFrom<Lang>('en', 'ar', 'fa'),
      text: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
      status: fc.constantFrom<TermStatus>('preferred', 'admitted', 'deprecated', 'forbidden'),
      type: fc.constantFrom<TermType>('fullForm', 'acronym'),
    });
    fc.assert(
      fc.property(fc.array(fc.array(term, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), fc.array(term, { maxLength: 6 }), (groups, added) => {
        const concepts: Concept[] = groups.map((terms, i) => ({ id: `c${i}`, terms }));
        const index = buildTermIndex(concepts);
        for (const [want, got] of edgeFlags(index)) expect(want).toBe(got);
        added.forEach((t, i) => addTerm(index, `a${i}`, t));
        for (const [want, got] of edgeFlags(index)) expect(want).toBe(got);
      }),
      { numRuns: 300 },
    );
  });

  it.each<[Lang, string, string[]]>([
    ['en', 'Kataib Hezbollah', ['kataib', 'hezbollah']],
    ['ar', 'كتائب حزب الله', ['كتائب', 'حزب', 'الله']],
    ['fa', 'کتائب حزب‌الله', ['كتائب', 'حزب', 'الله']],
  ])('flags a node with terms, one with children, and a case-kept acronym (%s)', (lang, text, keys) => {
    const index = buildTermIndex([
      { id: 'full', terms: [{ lang, text, status: 'preferred' }] },
      { id: 'short', terms: [{ lang, text: text.split(/[ \u200C]/u)[0]!, status: 'preferred' }] },
      { id: 'acronym', terms: [{ lang: 'en', text: 'KH', status: 'preferred', type: 'acronym' }] },
    ]);
    let node = index.roots[lang];
    for (const key of keys) node = childOf(index, node, key);
    expect(index.flags[node]! & (NODE_TERMS | NODE_CHILDREN)).toBe(NODE_TERMS);
    expect(index.flags[childOf(index, index.roots[lang], keys[0]!)]! & (NODE_TERMS | NODE_CHILDREN)).toBe(NODE_TERMS | NODE_CHILDREN);
    expect(index.flags[childOf(index, index.roots.en, 'kh')]! & NODE_CASE).toBe(NODE_CASE);
  });
});
