import { describe, expect, it } from 'vitest';
import { filterFindings, findingItems, parseFindingFilter } from './finding-filter';
import { findingKey } from './run';
import type { Finding } from './types';

const f = (checkId: string, severity: 'error' | 'warning', unitId: string, params: Record<string, string | number> = {}): Finding => ({ checkId, severity, unitId, params });

const ar = [f('untranslated', 'error', '1'), f('double-space', 'warning', '2'), f('double-space', 'warning', '2'), f('kashida', 'warning', '3', { text: 'مـقاومة' })];
const fa = [f('untranslated', 'error', '1'), f('invisible-char', 'warning', '4', { char: 'U+200B' })];
const items = findingItems([
  { lang: 'ar', findings: ar, accepted: [findingKey(ar[0]!)] },
  { lang: 'fa', findings: fa, accepted: [] },
]);

describe('QA findings: grouped, filtered, counted per check', () => {
  it('groups repeats in a segment and orders by check, then document order', () => {
    expect(items.map((x) => [x.lang, x.finding.checkId, x.count, x.state])).toEqual([
      ['ar', 'untranslated', 1, 'accepted'],
      ['fa', 'untranslated', 1, 'open'],
      ['fa', 'invisible-char', 1, 'open'],
      ['ar', 'kashida', 1, 'open'],
      ['ar', 'double-space', 2, 'open'],
    ]);
  });

  it('filters by language, severity, state and check, counting per check without the check filter', () => {
    const r = filterFindings(items, { lang: 'ar', state: 'open' });
    expect(r.items.map((x) => x.finding.checkId)).toEqual(['kashida', 'double-space']);
    const byCheck = filterFindings(items, { lang: 'ar', check: 'kashida' });
    expect(byCheck.items).toHaveLength(1);
    expect(byCheck.counts.map((c) => [c.checkId, c.open, c.accepted])).toEqual([
      ['untranslated', 0, 1],
      ['kashida', 1, 0],
      ['double-space', 1, 0],
    ]);
    // a state filter narrows the list, not the counts: both columns stay
    expect(filterFindings(items, { lang: 'ar', state: 'open' }).counts.find((c) => c.checkId === 'untranslated')).toMatchObject({ open: 0, accepted: 1 });
    expect(filterFindings(items, { severity: 'error' }).items.map((x) => x.lang)).toEqual(['ar', 'fa']);
    expect(filterFindings(items, {}).total).toBe(5);
  });

  it('filters by the translation state of the finding\'s segment', () => {
    const withStates = findingItems([{ lang: 'ar', findings: ar, accepted: [], segmentState: (u) => (u === '2' ? 'reviewed' : u === '3' ? 'translated' : 'initial') }]);
    expect(filterFindings(withStates, { segmentState: 'reviewed' }).items.map((x) => [x.finding.checkId, x.count])).toEqual([['double-space', 2]]);
    expect(filterFindings(withStates, { segmentState: 'initial' }).items.map((x) => x.finding.checkId)).toEqual(['untranslated']);
  });

  it('reads filters from the URL and drops unknown values', () => {
    expect(parseFindingFilter({ check: 'kashida', severity: 'warning', lang: 'fa', state: 'open', segState: 'draft' })).toEqual({ check: 'kashida', severity: 'warning', lang: 'fa', state: 'open', segmentState: 'draft' });
    expect(parseFindingFilter({ check: 'nope', severity: 'fatal', lang: 'de', state: ['open'], segState: 'done' })).toEqual({});
  });
});
