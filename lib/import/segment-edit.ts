import type { PmNode, SegmentDraft } from '../documents/types';
import { normalizeRuns, runsText, segmentRuns, type Run } from './runs';

/** Error of split/merge: a code with params, never a sentence. */
export class SegmentEditError extends Error {
  readonly code = 'segment-split-offset' as const;
  constructor(readonly params: { offset: number; length: number; reason: 'range' | 'surrogate' | 'combining-mark' }) {
    super('segment-split-offset');
    this.name = 'SegmentEditError';
  }
}

function rebuild(template: SegmentDraft, block: PmNode, runs: Run[]): SegmentDraft {
  const normalized = normalizeRuns(runs);
  const inline: PmNode[] = normalized.map((r) =>
    r.hardBreak ? { type: 'hardBreak' } : r.marks.length ? { type: 'text', text: r.text, marks: r.marks } : { type: 'text', text: r.text },
  );
  const newBlock: PmNode = { type: block.type };
  if (block.attrs) newBlock.attrs = { ...block.attrs };
  if (inline.length) newBlock.content = inline;
  const out: SegmentDraft = { kind: template.kind, content: { type: 'doc', content: [newBlock] }, text: runsText(normalized) };
  if (template.doNotTranslate) out.doNotTranslate = true;
  return out;
}

/** Cut runs at a plain-text offset (UTF-16 units); marks stay on both halves. */
function cutRuns(runs: Run[], offset: number): [Run[], Run[]] {
  const left: Run[] = [];
  const right: Run[] = [];
  let pos = 0;
  for (const run of runs) {
    const end = pos + run.text.length;
    if (end <= offset) left.push(run);
    else if (pos >= offset) right.push(run);
    else {
      left.push({ ...run, text: run.text.slice(0, offset - pos) });
      right.push({ ...run, text: run.text.slice(offset - pos) });
    }
    pos = end;
  }
  return [left, right];
}

// Whitespace at the cut belongs to neither half: the caret usually sits beside a space.
function trimEnd(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length) {
    const last = out[out.length - 1];
    if (last.hardBreak) { out.pop(); continue; }
    last.text = last.text.replace(/\s+$/u, '');
    if (last.text) break;
    out.pop();
  }
  return out;
}
function trimStart(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length) {
    const first = out[0];
    if (first.hardBreak) { out.shift(); continue; }
    first.text = first.text.replace(/^\s+/u, '');
    if (first.text) break;
    out.shift();
  }
  return out;
}

/**
 * Split a segment at a plain-text offset. Both halves keep the kind, block type/attrs,
 * do-not-translate flag and every mark; whitespace at the cut is dropped.
 */
export function splitSegment(s: SegmentDraft, offset: number): [SegmentDraft, SegmentDraft] {
  const { runs, block } = segmentRuns(s);
  const text = runsText(runs);
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new SegmentEditError({ offset, length: text.length, reason: 'range' });
  }
  const code = text.charCodeAt(offset);
  if (offset > 0 && code >= 0xdc00 && code <= 0xdfff) {
    throw new SegmentEditError({ offset, length: text.length, reason: 'surrogate' });
  }
  // Cutting before a combining mark (Arabic harakat, shadda) would orphan it from its letter.
  if (offset > 0 && offset < text.length && /^\p{M}/u.test(text.slice(offset))) {
    throw new SegmentEditError({ offset, length: text.length, reason: 'combining-mark' });
  }
  const [left, right] = cutRuns(runs, offset);
  return [rebuild(s, block, trimEnd(left)), rebuild(s, block, trimStart(right))];
}

/**
 * Merge b into a (a's kind, block and attrs win). One space joins them unless either
 * side already has whitespace at the seam or is empty. Marks of both are kept.
 */
export function mergeSegments(a: SegmentDraft, b: SegmentDraft): SegmentDraft {
  const ra = segmentRuns(a);
  const rb = segmentRuns(b);
  const ta = runsText(ra.runs);
  const tb = runsText(rb.runs);
  // The joining space carries the marks both sides share (bold + bold stays bold across the seam).
  const last = ra.runs[ra.runs.length - 1];
  const first = rb.runs[0];
  const shared = last && first ? last.marks.filter((m) => first.marks.some((n) => JSON.stringify(n) === JSON.stringify(m))) : [];
  const seam: Run[] = ta && tb && !/\s$/u.test(ta) && !/^\s/u.test(tb) ? [{ text: ' ', marks: shared }] : [];
  const merged = rebuild(a, ra.block, [...ra.runs, ...seam, ...rb.runs]);
  // Translatable if either half was: never hide text a translator must see.
  if (!(a.doNotTranslate && b.doNotTranslate)) delete merged.doNotTranslate;
  return merged;
}
