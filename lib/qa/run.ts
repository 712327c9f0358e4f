import { buildTermIndex } from '../terms/term-index';
import type { Lang } from '../text/lang';
import type { Concept } from '../terms/types';
import { CHECKS, checkById } from './registry';
import type { DocumentCheck, Finding, QaContext, QaSegment, SegmentCheck } from './types';

const SEGMENT_CHECKS = CHECKS.filter((c): c is SegmentCheck => c.scope === 'segment');
const DOCUMENT_CHECKS = CHECKS.filter((c): c is DocumentCheck => c.scope === 'document');

/** A QA context with the glossary indexed once. */
export function qaContext(sourceLang: Lang, targetLang: Lang, concepts: Concept[] = []): QaContext {
  if (concepts.length === 0) return { sourceLang, targetLang };
  return {
    sourceLang,
    targetLang,
    termIndex: buildTermIndex(concepts),
    concepts: new Map(concepts.map((c) => [c.id, c])),
  };
}

/** Findings of every segment-scope check on one segment (what the editor reruns as one types). */
export function runSegmentChecks(seg: QaSegment, ctx: QaContext): Finding[] {
  return SEGMENT_CHECKS.flatMap((check) => check.run(seg, ctx));
}

/** Findings of all segment checks on every segment, then of the document-wide checks. */
export function runDocumentChecks(segs: QaSegment[], ctx: QaContext): Finding[] {
  const perSegment = segs.flatMap((seg) => runSegmentChecks(seg, ctx));
  return [...perSegment, ...DOCUMENT_CHECKS.flatMap((check) => check.run(segs, ctx))];
}

/**
 * A stable identity of a finding for acceptance: check, unit and the params that identify it
 * (the check's keyParams), never offsets, so an acceptance survives unrelated edits.
 */
export function findingKey(f: Finding): string {
  const names = checkById(f.checkId)?.keyParams ?? Object.keys(f.params);
  const identifying: Record<string, string | number> = {};
  for (const name of [...names].sort()) if (f.params[name] !== undefined) identifying[name] = f.params[name]!;
  return JSON.stringify([f.checkId, f.unitId, identifying]);
}

/** The findings whose key is not among the accepted ones. */
export function openFindings(findings: Finding[], accepted: Iterable<string>): Finding[] {
  const done = accepted instanceof Set ? (accepted as Set<string>) : new Set(accepted);
  return findings.filter((f) => !done.has(findingKey(f)));
}

/** True when an error-severity finding is not accepted (the publishing gate and the CLI's exit 1). */
export function hasOpenErrors(findings: Finding[], accepted: Iterable<string>): boolean {
  return openFindings(findings, accepted).some((f) => f.severity === 'error');
}
