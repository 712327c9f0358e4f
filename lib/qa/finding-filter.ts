import { STATE_ORDER } from '../documents/state-counts';
import { LANGS, type Lang } from '../text/lang';
import { CHECKS } from './registry';
import { findingKey } from './run';
import type { Finding, Severity } from './types';

/** Open (not accepted) or accepted: a finding's state on the QA page. */
export const FINDING_STATES = ['open', 'accepted'] as const;
export type FindingState = (typeof FINDING_STATES)[number];

/** The QA page's filters; an absent one lets everything through. */
export interface FindingFilter {
  check?: string;
  severity?: Severity;
  lang?: Lang;
  state?: FindingState;
  /** The translation state of the finding's segment in its language (initial, draft, translated…). */
  segmentState?: string;
}

/** One finding of one target language, once per key (repeats in a segment are counted, not listed). */
export interface FindingItem {
  lang: Lang;
  key: string;
  finding: Finding;
  /** How often the same finding occurs in its segment. */
  count: number;
  state: FindingState;
  /** The translation state of the segment in `lang` ('initial' without a target, '' for a finding of no segment). */
  segmentState: string;
}

/** Open and accepted items of one check, over the items the other filters let through. */
export interface CheckCount {
  checkId: string;
  severity: Severity;
  open: number;
  accepted: number;
}

/** The findings of each language grouped by key, in check order then document order, with their state. */
export function findingItems(perLang: readonly { lang: Lang; findings: readonly Finding[]; accepted: Iterable<string>; segmentState?: (unitId: string) => string }[]): FindingItem[] {
  const order = new Map(CHECKS.map((c, i) => [c.id, i]));
  const out: FindingItem[] = [];
  for (const { lang, findings, accepted, segmentState } of perLang) {
    const done = new Set(accepted);
    const byKey = new Map<string, FindingItem>();
    for (const f of findings) {
      const key = findingKey(f);
      const item = byKey.get(key);
      if (item) item.count++;
      else byKey.set(key, { lang, key, finding: f, count: 1, state: done.has(key) ? 'accepted' : 'open', segmentState: segmentState?.(f.unitId) ?? '' });
    }
    out.push(...byKey.values());
  }
  const idx = new Map(out.map((x, i) => [x, i]));
  return out.sort((a, b) => (order.get(a.finding.checkId) ?? 99) - (order.get(b.finding.checkId) ?? 99) || idx.get(a)! - idx.get(b)!);
}

/** A filter from URL search params: unknown values are dropped, not errors (a stale link still opens). */
export function parseFindingFilter(params: Record<string, string | string[] | undefined>): FindingFilter {
  const one = (k: string) => (typeof params[k] === 'string' ? (params[k] as string) : undefined);
  const check = one('check');
  const severity = one('severity');
  const lang = one('lang');
  const state = one('state');
  const segmentState = one('segState');
  return {
    ...(check && CHECKS.some((c) => c.id === check) ? { check } : {}),
    ...(severity === 'error' || severity === 'warning' ? { severity } : {}),
    ...(lang && (LANGS as readonly string[]).includes(lang) ? { lang: lang as Lang } : {}),
    ...(state && (FINDING_STATES as readonly string[]).includes(state) ? { state: state as FindingState } : {}),
    ...(segmentState && (STATE_ORDER as readonly string[]).includes(segmentState) ? { segmentState } : {}),
  };
}

const passes = (x: FindingItem, f: FindingFilter, forCounts = false) =>
  (forCounts || !f.check || x.finding.checkId === f.check) &&
  (!f.severity || x.finding.severity === f.severity) &&
  (!f.lang || x.lang === f.lang) &&
  (!f.segmentState || x.segmentState === f.segmentState) &&
  (forCounts || !f.state || x.state === f.state);

/**
 * The items through the filter, and the open and accepted counts per check over the items the
 * language and severity filters let through (so the counts stay a menu of checks, with both columns,
 * while a check or a state is chosen).
 */
export function filterFindings(items: readonly FindingItem[], filter: FindingFilter): { items: FindingItem[]; counts: CheckCount[]; total: number } {
  const counts = new Map<string, CheckCount>();
  for (const x of items) {
    if (!passes(x, filter, true)) continue;
    const c = counts.get(x.finding.checkId) ?? { checkId: x.finding.checkId, severity: x.finding.severity, open: 0, accepted: 0 };
    c[x.state]++;
    counts.set(x.finding.checkId, c);
  }
  const order = CHECKS.map((c) => c.id);
  return {
    items: items.filter((x) => passes(x, filter)),
    counts: [...counts.values()].sort((a, b) => order.indexOf(a.checkId) - order.indexOf(b.checkId)),
    total: items.length,
  };
}
