import type { Finding, QaCheck } from './types';

/** Builds a finding of `check` for one unit; `range` is in target-text offsets. */
export function finding(
  check: Pick<QaCheck, 'id' | 'severity'>,
  unitId: string,
  params: Finding['params'] = {},
  range?: { start: number; end: number },
): Finding {
  const f: Finding = { checkId: check.id, severity: check.severity, unitId, params };
  if (range) {
    f.start = range.start;
    f.end = range.end;
  }
  return f;
}

/** One finding per match of a global regex in the target, with its offsets. */
export function findingsForMatches(
  check: Pick<QaCheck, 'id' | 'severity'>,
  unitId: string,
  text: string,
  pattern: RegExp,
  params: (match: RegExpExecArray) => Finding['params'] | null = () => ({}),
): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'))) {
    const p = params(m as RegExpExecArray);
    if (p) out.push(finding(check, unitId, p, { start: m.index!, end: m.index! + m[0].length }));
  }
  return out;
}
