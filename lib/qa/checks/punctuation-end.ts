import type { Lang } from '../../text/lang';
import { stripInvisible } from '../chars';
import { finding } from '../finding';
import type { Finding, SegmentCheck } from '../types';

type Kind = 'period' | 'question' | 'exclamation' | 'colon' | 'semicolon' | 'comma' | 'ellipsis';

// Every form of each kind that a translation may use; ؟ and ? are the same question mark.
const KINDS: Record<string, Kind> = {
  '.': 'period',
  '۔': 'period',
  '?': 'question',
  '؟': 'question',
  '⸮': 'question',
  '!': 'exclamation',
  ':': 'colon',
  ';': 'semicolon',
  '؛': 'semicolon',
  ',': 'comma',
  '،': 'comma',
  '…': 'ellipsis',
};

// The form each language writes; Arabic and Farsi share theirs.
const RTL_FORMS: Partial<Record<Kind, string>> = { period: '.', question: '؟', semicolon: '؛', comma: '،' };
const LATIN_FORMS: Partial<Record<Kind, string>> = { period: '.', question: '?', semicolon: ';', comma: ',' };

// Closing quotes, brackets and spaces come after the sentence's own mark: `.”`, `».`, `.)`.
const CLOSERS = /[\s"'“”‘’«»‹›()[\]{}*_]+$/u;

/** The sentence's end mark and its kind, looking through closing quotes and brackets. */
export function endMark(text: string, lang: Lang): { kind: Kind; mark: string } | null {
  const t = stripInvisible(text, lang).replace(CLOSERS, '');
  if (t.endsWith('...')) return { kind: 'ellipsis', mark: '...' };
  const last = t.slice(-1);
  const kind = KINDS[last];
  return kind ? { kind, mark: last } : null;
}

/**
 * The target's end punctuation is missing, added, of another kind, or in the other script's form
 * (`?` ending an Arabic sentence; `؟` for `?` is right).
 */
export const punctuationEnd: SegmentCheck = {
  id: 'punctuation-end',
  severity: 'warning',
  scope: 'segment',
  run(seg, ctx) {
    const target = seg.targetText;
    if (!target || target.trim() === '') return [];
    const src = endMark(seg.sourceText, ctx.sourceLang);
    const tgt = endMark(target, ctx.targetLang);
    const at = (params: Finding['params']) => [finding(punctuationEnd, seg.unitId, params)];
    if (!src && !tgt) return [];
    if (src && !tgt) return at({ reason: 'missing', expected: src.kind });
    if (!src && tgt) return at({ reason: 'extra', found: tgt.kind });
    if (src!.kind !== tgt!.kind) return at({ reason: 'different', expected: src!.kind, found: tgt!.kind });
    const native = (ctx.targetLang === 'en' ? LATIN_FORMS : RTL_FORMS)[tgt!.kind];
    if (native && tgt!.mark !== native) return at({ reason: 'wrong-form', expected: native, found: tgt!.mark });
    return [];
  },
};
