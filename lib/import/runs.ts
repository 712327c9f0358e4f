import type { PmMark, PmNode, SegmentDraft, SegmentKind } from '../documents/types';

/**
 * A flat inline run: text with its marks, or a hard break (text '\n').
 * Importers produce runs; segments store Tiptap nodes; split/merge go through runs
 * so that any mark (including ones added later by the editor) is carried over untouched.
 */
export interface Run {
  text: string;
  marks: PmMark[];
  hardBreak?: boolean;
}

/** A block before it becomes a segment. */
export interface Block {
  kind: SegmentKind;
  level?: number;
  runs: Run[];
}

export const BOLD: PmMark = { type: 'bold' };
export const ITALIC: PmMark = { type: 'italic' };
export const linkMark = (href: string): PmMark => ({ type: 'link', attrs: { href } });

// Canonical order so equal mark sets serialize equally.
const MARK_ORDER: Record<string, number> = { bold: 0, italic: 1, link: 2 };

export function sortMarks(marks: PmMark[]): PmMark[] {
  return [...marks].sort(
    (a, b) => (MARK_ORDER[a.type] ?? 9) - (MARK_ORDER[b.type] ?? 9) || a.type.localeCompare(b.type),
  );
}

/** Add a mark, replacing one of the same type (a link inside a link takes the inner href). */
export function addMark(marks: PmMark[], mark: PmMark): PmMark[] {
  return sortMarks([...marks.filter((m) => m.type !== mark.type), mark]);
}

export function removeMark(marks: PmMark[], type: string): PmMark[] {
  return marks.filter((m) => m.type !== type);
}

const marksKey = (marks: PmMark[]) => JSON.stringify(sortMarks(marks));

/** Join neighbours with equal marks and drop empty text runs. */
export function normalizeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (!run.hardBreak && run.text === '') continue;
    const last = out[out.length - 1];
    if (last && !last.hardBreak && !run.hardBreak && (last.marks === run.marks || marksKey(last.marks) === marksKey(run.marks))) {
      last.text += run.text;
    } else {
      out.push({ ...run, marks: run.marks.length > 1 ? sortMarks(run.marks) : run.marks });
    }
  }
  return out;
}

/** Trim whitespace (and hard breaks) at both ends of a run list. */
export function trimRuns(runs: Run[]): Run[] {
  const out = normalizeRuns(runs.map((r) => ({ ...r })));
  while (out.length && (out[0].hardBreak || out[0].text.trimStart() === '')) out.shift();
  while (out.length && (out[out.length - 1].hardBreak || out[out.length - 1].text.trimEnd() === '')) out.pop();
  if (out.length) {
    out[0] = { ...out[0], text: out[0].text.trimStart() };
    const last = out.length - 1;
    out[last] = { ...out[last], text: out[last].text.trimEnd() };
  }
  return out;
}

export const runsText = (runs: Run[]): string => runs.map((r) => r.text).join('');

/** Runs to Tiptap inline nodes. */
export function runsToInline(runs: Run[]): PmNode[] {
  return normalizeRuns(runs).map((r) => {
    if (r.hardBreak) return { type: 'hardBreak' };
    return r.marks.length ? { type: 'text', text: r.text, marks: r.marks } : { type: 'text', text: r.text };
  });
}

/** Tiptap inline nodes to runs; unknown inline atoms are dropped (they carry no text). */
export function inlineToRuns(nodes: PmNode[] | undefined): Run[] {
  const runs: Run[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'text' && node.text) runs.push({ text: node.text, marks: node.marks ?? [] });
    else if (node.type === 'hardBreak') runs.push({ text: '\n', marks: [], hardBreak: true });
    else if (node.content) runs.push(...inlineToRuns(node.content));
  }
  return runs;
}

/** Build a segment: one paragraph (or heading) inside a Tiptap doc. */
export function makeSegment(kind: SegmentKind, runs: Run[], level?: number, doNotTranslate?: boolean): SegmentDraft {
  const inline = runsToInline(runs);
  const block: PmNode =
    kind === 'heading'
      ? { type: 'heading', attrs: { level: Math.min(Math.max(level ?? 2, 1), 6) } }
      : { type: 'paragraph' };
  if (inline.length) block.content = inline;
  const segment: SegmentDraft = { kind, content: { type: 'doc', content: [block] }, text: runsText(normalizeRuns(runs)) };
  if (doNotTranslate) segment.doNotTranslate = true;
  return segment;
}

/** The runs of a segment's first block, and that block's type and attrs. */
export function segmentRuns(segment: SegmentDraft): { runs: Run[]; block: PmNode } {
  const block = segment.content.content?.[0] ?? { type: 'paragraph' };
  const runs: Run[] = [];
  // A segment normally holds one block; if it holds more, join them with hard breaks.
  (segment.content.content ?? []).forEach((b, i) => {
    if (i > 0) runs.push({ text: '\n', marks: [], hardBreak: true });
    runs.push(...inlineToRuns(b.content));
  });
  return { runs, block };
}
