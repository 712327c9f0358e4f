import type { TranslationState } from '../documents/types';
import type { Lang } from '../text/lang';
import type { PresentPerson } from './types';

/** A segment as "next unconfirmed" sees it: its id and the state of the target language. */
export interface UnconfirmedCandidate {
  id: number;
  state: TranslationState;
  /** Segments that are never translated (do-not-translate) are never offered. */
  skip?: boolean;
}

/**
 * The segments of a target language that someone else is editing now (their pane is in it), so
 * that two translators are not sent to the same segment. `me` is this tab's client id.
 */
export function segmentsTakenByOthers(people: readonly PresentPerson[], me: string, lang: Lang): Set<number> {
  const taken = new Set<number>();
  for (const p of people) if (p.clientId !== me && p.lang === lang && p.segmentId !== null) taken.add(p.segmentId);
  return taken;
}

/**
 * The index of the next segment after `from` whose target is still unconfirmed (state initial),
 * skipping segments in `taken`; it wraps round to the start, and answers null when there is none.
 */
export function nextUnconfirmed(rows: readonly UnconfirmedCandidate[], from: number, taken: ReadonlySet<number>): number | null {
  for (let step = 1; step <= rows.length; step++) {
    const i = (from + step) % rows.length;
    const r = rows[i]!;
    if (r.state === 'initial' && !r.skip && !taken.has(r.id) && i !== from) return i;
  }
  return null;
}
