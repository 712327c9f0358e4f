import { inlineText, plainText } from '../documents/plain-text';
import type { PmNode } from '../documents/types';

export { plainText };

/** No place for the original in the target: no earlier original of the quote, no k-th quotation marks. */
export class QuotePlaceError extends Error {
  readonly code = 'quote-place-not-found';
  constructor(readonly lang: 'ar' | 'fa') {
    super('quote-place-not-found');
  }
}

/** The mark the edition prints verbatim (lib/publish EDITION_MARKS.originalWording); quoteId ties it to its quote. */
export const ORIGINAL_MARK = 'originalWording';

const QUOTED = /«([^«»]*)»|“([^“”]*)”|"([^"]*)"/gu;

// Replaces [from, to) of a block's inline content (offsets as in inlineText) with `insert`, keeping marks around it.
function spliceInline(nodes: PmNode[], from: number, to: number, insert: PmNode[]): PmNode[] {
  const out: PmNode[] = [];
  let at = 0;
  let placed = false;
  for (const n of nodes) {
    const len = n.type === 'text' ? (n.text ?? '').length : 1;
    const [s, e] = [at, at + len];
    at = e;
    if (e <= from || s >= to) {
      if (s >= to && !placed) (out.push(...insert), (placed = true));
      out.push(n);
      continue;
    }
    if (n.type === 'text' && s < from) out.push({ ...n, text: n.text!.slice(0, from - s) });
    if (!placed) (out.push(...insert), (placed = true));
    if (n.type === 'text' && e > to) out.push({ ...n, text: n.text!.slice(to - s) });
  }
  if (!placed) out.push(...insert);
  return out;
}

/**
 * Puts `original` verbatim, marked as original wording, into a target document: the whole target when the
 * quote is the whole segment or the target is empty; else in place of an earlier original of the same
 * quote, or inside the k-th quotation marks of the target. Throws `quote-place-not-found` otherwise.
 */
export function placeOriginal(target: PmNode | null, original: string, lang: 'ar' | 'fa', quoteId: number, whole: boolean, k: number): PmNode {
  const mark = { type: ORIGINAL_MARK, attrs: { lang, quoteId } };
  const marked = (text: string): PmNode => ({ type: 'text', text, marks: [mark] });
  const lines = original.trim().split(/\n+/u);
  if (whole) return { type: 'doc', content: lines.map((l) => ({ type: 'paragraph', content: [marked(l)] })) };
  const single = [marked(lines.join(' '))];
  if (!target || plainText(target).trim() === '') return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '«' }, ...single, { type: 'text', text: '»' }] }] };
  const isOurs = (n: PmNode) => n.marks?.some((m) => m.type === ORIGINAL_MARK && Number(m.attrs?.quoteId) === quoteId);
  if ((target.content ?? []).some((b) => (b.content ?? []).some(isOurs))) {
    let done = false;
    const content = (target.content ?? []).map((b) => ({
      ...b,
      content: (b.content ?? []).flatMap((n) => (isOurs(n) ? (done ? [] : ((done = true), single)) : [n])),
    }));
    return { ...target, content };
  }
  let seen = 0;
  const blocks = target.content ?? [];
  for (let bi = 0; bi < blocks.length; bi++) {
    for (const m of inlineText(blocks[bi]!.content).matchAll(QUOTED)) {
      if (seen++ !== k) continue;
      const from = m.index + 1;
      const content = blocks.map((b, i) => (i === bi ? { ...b, content: spliceInline(b.content ?? [], from, from + m[0].length - 2, single) } : b));
      return { ...target, content };
    }
  }
  throw new QuotePlaceError(lang);
}
