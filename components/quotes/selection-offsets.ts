/** Offset of (node, offset) in the text of `root`, in UTF-16 code units, as the DOM renders it. */
export function offsetIn(root: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The current selection as [start, end) inside `root`, or null when it is empty or elsewhere. */
export function selectionIn(root: Element | null): [number, number] | null {
  const sel = window.getSelection();
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return null;
  const a = offsetIn(root, r.startContainer, r.startOffset);
  const b = offsetIn(root, r.endContainer, r.endOffset);
  return b > a ? [a, b] : null;
}

/** The current selection as a quote anchor over elements carrying `data-segment-id`. */
export function segmentSelection(container: Element | null): { segmentId: number; start: number; endSegmentId: number; end: number } | null {
  const sel = window.getSelection();
  if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  const segOf = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest<HTMLElement>('[data-segment-id]') ?? null;
  const a = segOf(r.startContainer);
  const b = segOf(r.endContainer);
  if (!a || !b || !container.contains(a) || !container.contains(b)) return null;
  return {
    segmentId: Number(a.dataset.segmentId),
    start: offsetIn(a, r.startContainer, r.startOffset),
    endSegmentId: Number(b.dataset.segmentId),
    end: offsetIn(b, r.endContainer, r.endOffset),
  };
}
