import type { Lang } from '../text/lang';
import { CHECKS } from './registry';
import { hasOpenErrors, openFindings } from './run';
import type { Finding } from './types';

/** Open counts and the gate of one language's findings. */
export interface QaCounts {
  open: Finding[];
  openErrors: number;
  openWarnings: number;
  blocked: boolean;
}

/** What the editor shows of a document's QA in one target language after each save. */
export interface DocumentQaSummary {
  lang: Lang;
  openErrors: number;
  openWarnings: number;
  /** Open findings of the document-wide checks (term-inconsistent, segment-inconsistent). */
  documentFindings: Finding[];
}

const DOCUMENT_CHECK_IDS = new Set(CHECKS.filter((c) => c.scope === 'document').map((c) => c.id));

/** The open findings (not accepted), their counts by severity, and whether publishing is blocked. */
export function qaCounts(findings: Finding[], accepted: Iterable<string>): QaCounts {
  const open = openFindings(findings, accepted);
  return {
    open,
    openErrors: open.filter((f) => f.severity === 'error').length,
    openWarnings: open.filter((f) => f.severity === 'warning').length,
    blocked: hasOpenErrors(findings, accepted),
  };
}

/** The editor's summary of a language: open counts and the open document-wide findings. */
export function summarizeQa(lang: Lang, counts: QaCounts): DocumentQaSummary {
  return { lang, openErrors: counts.openErrors, openWarnings: counts.openWarnings, documentFindings: counts.open.filter((f) => DOCUMENT_CHECK_IDS.has(f.checkId)) };
}
