import { describe, expect, it } from 'vitest';
import { nextUnconfirmed, segmentsTakenByOthers } from './next-unconfirmed';
import type { PresentPerson } from './types';

const person = (clientId: string, segmentId: number | null, lang: 'ar' | 'fa' | null): PresentPerson => ({ clientId, user: { id: clientId, name: clientId }, segmentId, lang });

describe('next unconfirmed segment', () => {
  const rows = [
    { id: 10, state: 'translated' as const },
    { id: 11, state: 'initial' as const },
    { id: 12, state: 'initial' as const },
    { id: 13, state: 'initial' as const, skip: true },
    { id: 14, state: 'reviewed' as const },
  ];

  it('goes to the next initial segment after the current one, wrapping round', () => {
    expect(nextUnconfirmed(rows, 0, new Set())).toBe(1);
    expect(nextUnconfirmed(rows, 1, new Set())).toBe(2);
    expect(nextUnconfirmed(rows, 2, new Set())).toBe(1);
  });

  it('skips a segment someone else is editing, and do-not-translate ones', () => {
    expect(nextUnconfirmed(rows, 0, new Set([11]))).toBe(2);
    expect(nextUnconfirmed(rows, 0, new Set([11, 12]))).toBeNull();
  });

  it('counts only other tabs in the same target language as taking a segment', () => {
    const people = [person('me', 11, 'fa'), person('b', 12, 'fa'), person('c', 11, 'ar'), person('d', null, null)];
    expect([...segmentsTakenByOthers(people, 'me', 'fa')]).toEqual([12]);
    expect([...segmentsTakenByOthers(people, 'me', 'ar')]).toEqual([11]);
  });
});
