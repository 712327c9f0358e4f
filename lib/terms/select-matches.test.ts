import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTermIndex } from './term-index';
import { Candidates, selectMatches } from './select-matches';

// One node with three terms, so a candidate's entry index names a distinct concept.
const index = buildTermIndex([]);
index.terms[0] = ['a', 'b', 'c'].map((id) => ({ conceptId: id, term: id, lang: 'en' as const, status: 'preferred' as const, caseUnits: null }));

interface Span { start: number; end: number }

/** Units of `lengths` characters each, one space apart. */
function unitsOf(lengths: number[]): Span[] {
  let at = 0;
  return lengths.map((n) => {
    const unit = { start: at, end: at + n };
    at += n + 1;
    return unit;
  });
}

interface Ref { first: number; last: number; entry: number; plain: boolean; seq: number }

/** The rule as written in docs/language-core.md, with a comparator sort over all candidates. */
function reference(cands: Ref[], units: Span[]): [number, number, string][] {
  const chars = (c: Ref) => units[c.last]!.end - units[c.first]!.start;
  const sorted = [...cands].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || chars(b) - chars(a) || a.first - b.first || Number(b.plain) - Number(a.plain) || a.seq - b.seq,
  );
  const taken = new Set<number>();
  const out: [number, number, string][] = [];
  for (const c of sorted) {
    const span = Array.from({ length: c.last - c.first + 1 }, (_, k) => c.first + k);
    if (span.some((u) => taken.has(u))) continue;
    for (const u of span) taken.add(u);
    out.push([units[c.first]!.start, units[c.last]!.end, 'abc'[c.entry]!]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

describe('selectMatches', () => {
  it('chooses like a sort of all candidates: more words, more characters, leftmost, unstripped, first found', () => {
    const arb = fc
      .array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 12 })
      .chain((lengths) =>
        fc.tuple(
          fc.constant(lengths),
          fc.array(fc.tuple(fc.nat(lengths.length - 1), fc.nat(3), fc.nat(2), fc.boolean()), { maxLength: 30 }),
        ),
      );
    fc.assert(
      fc.property(arb, ([lengths, raw]) => {
        const units = unitsOf(lengths);
        // The scan reports candidates by start unit; sort the random ones the same way.
        const cands: Ref[] = raw
          .map(([first, extra, entry, plain], seq) => ({ first, last: Math.min(first + extra, units.length - 1), entry, plain, seq }))
          .sort((a, b) => a.first - b.first || a.seq - b.seq);
        const found = new Candidates(units.length);
        for (const c of cands) {
          found.startAt(c.first);
          found.add(c.last, 0, c.entry, c.plain);
        }
        const text = ' '.repeat(units.at(-1)!.end);
        const got = selectMatches(found, index, starts(units), ends(units), text).map((m) => [m.start, m.end, m.conceptId]);
        expect(got).toEqual(reference(cands, units));
      }),
      { numRuns: 500 },
    );
  });

  const starts = (units: Span[]) => Int32Array.from(units, (u) => u.start);
  const ends = (units: Span[]) => Int32Array.from(units, (u) => u.end);

  it('prefers more characters among terms of as many words, whatever their position', () => {
    const units = unitsOf([1, 1, 9]);
    const found = new Candidates(units.length);
    found.startAt(0);
    found.add(1, 0, 0, true); // "a b": two words, 3 characters
    found.startAt(1);
    found.add(2, 0, 1, true); // "b ccccccccc": two words, 11 characters
    found.startAt(2);
    found.add(2, 0, 2, true); // "ccccccccc": one word, taken already
    expect(selectMatches(found, index, starts(units), ends(units), 'a b ccccccccc').map((m) => [m.text, m.conceptId])).toEqual([['b ccccccccc', 'b']]);
  });
});
