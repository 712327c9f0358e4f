import { BIDI_CONTROLS, codePointLabel } from '../chars';
import { finding } from '../finding';
import type { Finding, SegmentCheck } from '../types';

const EMBEDDINGS = new Set([0x202a, 0x202b, 0x202d, 0x202e]);
const ISOLATES = new Set([0x2066, 0x2067, 0x2068]);
const PDF = 0x202c;
const PDI = 0x2069;

/** Offsets of controls without their partner (an opener never closed, a closer never opened). */
function unpaired(text: string): Set<number> {
  const stack: { cp: number; at: number }[] = [];
  const lone = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (EMBEDDINGS.has(cp) || ISOLATES.has(cp)) stack.push({ cp, at: i });
    else if (cp === PDF) {
      if (stack.length && EMBEDDINGS.has(stack[stack.length - 1]!.cp)) stack.pop();
      else lone.add(i);
    } else if (cp === PDI) {
      if (!stack.some((s) => ISOLATES.has(s.cp))) lone.add(i);
      // A PDI also ends the embeddings opened inside its isolate (UAX #9, X6a): those were never closed.
      else for (let top = stack.pop(); top && !ISOLATES.has(top.cp); top = stack.pop()) lone.add(top.at);
    }
  }
  for (const s of stack) lone.add(s.at);
  return lone;
}

/**
 * Any bidi embedding, override or isolate control in the target (U+202A–E, U+2066–9): the text can
 * display differently from what it is. Unpaired ones are told apart by `reason`.
 */
export const bidiControl: SegmentCheck = {
  id: 'bidi-control',
  severity: 'error',
  scope: 'segment',
  run(seg) {
    const text = seg.targetText;
    if (!text) return [];
    const lone = unpaired(text);
    const out: Finding[] = [];
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      const name = BIDI_CONTROLS.get(cp);
      if (!name) continue;
      const reason = lone.has(i) ? 'unpaired' : 'present';
      out.push(finding(bidiControl, seg.unitId, { char: codePointLabel(cp), name, reason }, { start: i, end: i + 1 }));
    }
    return out;
  },
};
