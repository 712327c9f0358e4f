import { bidiControl } from './checks/bidi-control';
import { doubleSpace } from './checks/double-space';
import { edgeWhitespace } from './checks/edge-whitespace';
import { invisibleChar } from './checks/invisible-char';
import { kashida } from './checks/kashida';
import { latinLeftover } from './checks/latin-leftover';
import { linkMissing } from './checks/link-missing';
import { numberMismatch } from './checks/number-mismatch';
import { punctuationEnd } from './checks/punctuation-end';
import { quoteNotOriginal } from './checks/quote-not-original';
import { sameAsSource } from './checks/same-as-source';
import { segmentInconsistent } from './checks/segment-inconsistent';
import { termForbidden } from './checks/term-forbidden';
import { termInconsistent } from './checks/term-inconsistent';
import { termMissing } from './checks/term-missing';
import { untranslated } from './checks/untranslated';
import type { QaCheck } from './types';

/** Every QA check, in the order findings are listed. */
export const CHECKS: readonly QaCheck[] = [
  untranslated,
  sameAsSource,
  termMissing,
  termForbidden,
  termInconsistent,
  latinLeftover,
  numberMismatch,
  segmentInconsistent,
  quoteNotOriginal,
  linkMissing,
  punctuationEnd,
  bidiControl,
  invisibleChar,
  kashida,
  doubleSpace,
  edgeWhitespace,
];

const BY_ID = new Map(CHECKS.map((c) => [c.id, c]));

/** The check with this id, if any. */
export function checkById(id: string): QaCheck | undefined {
  return BY_ID.get(id);
}
