// Shared by the checks' table tests (not shipped code): a segment and a context in one line.
import type { Lang } from '../text/lang';
import type { QaContext, QaSegment } from './types';

/** A segment with unit id "u1" unless given. */
export function seg(sourceText: string, targetText: string | null, extra: Partial<QaSegment> = {}): QaSegment {
  return { unitId: 'u1', sourceText, targetText, ...extra };
}

/** A glossary-free context for a language pair. */
export function pair(sourceLang: Lang, targetLang: Lang): QaContext {
  return { sourceLang, targetLang };
}
