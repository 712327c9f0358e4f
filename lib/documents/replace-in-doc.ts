import { ORIGINAL_MARK } from '../quotes/place-original';
import { findInText, type FindHit, type FindOptions } from '../text/find';
import { replacementFor } from '../text/find-replace';
import type { Lang } from '../text/lang';
import { inlineText, plainText } from './plain-text';
import type { PmMark, PmNode } from './types';

/** A hit left alone: inside a locked original (originalWording), or spanning a line break, a block or a non-text node. */
export interface ReplaceSkip {
  hit: FindHit;
  reason: 'locked' | 'crosses-nodes';
}

export interface DocReplaceResult {
  doc: PmNode;
  /** plainText of the new doc. */
  text: string;
  replaced: FindHit[];
  skipped: ReplaceSkip[];
}

// A confirmed glossary link names the words that were there; the replacement does not inherit it.
const NOT_INHERITED = new Set(['glossaryTerm']);

/** Hits of a query in a Tiptap doc, as offsets into plainText(doc) (blocks joined by a line break). */
export function findInDoc(doc: PmNode, query: string, lang: Lang, options?: FindOptions): FindHit[] {
  return findInText(plainText(doc), query, lang, options);
}

interface BlockEdit {
  from: number;
  to: number;
  text: string;
  marks: PmMark[];
}

/**
 * Replaces hits (from findInDoc on the same doc, not overlapping) with `replacement`, keeping proclitics
 * and suffixes (replacementFor) and every mark of untouched text. The new text takes the marks shared by
 * all the text it replaces. Hits in text marked as original wording, or spanning more than text, are
 * skipped and reported. The input doc is not changed.
 */
export function replaceInDoc(doc: PmNode, hits: readonly FindHit[], replacement: string): DocReplaceResult {
  const text = plainText(doc);
  const blocks = doc.content ?? [];
  const starts: number[] = [];
  let at = 0;
  for (const b of blocks) (starts.push(at), (at += inlineText(b.content).length + 1));
  const perBlock = new Map<number, BlockEdit[]>();
  const replaced: FindHit[] = [];
  const skipped: ReplaceSkip[] = [];
  let block = 0;
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    const edit = replacementFor(text, hit, replacement);
    while (block + 1 < blocks.length && starts[block + 1]! <= edit.from) block++;
    const local = { from: edit.from - starts[block]!, to: edit.to - starts[block]! };
    const covered = coveredNodes(blocks[block]?.content ?? [], local.from, local.to);
    if (!covered || covered.some((n) => n.type !== 'text')) skipped.push({ hit, reason: 'crosses-nodes' });
    else if (covered.some((n) => n.marks?.some((m) => m.type === ORIGINAL_MARK))) skipped.push({ hit, reason: 'locked' });
    else {
      const list = perBlock.get(block) ?? [];
      list.push({ ...local, text: edit.text, marks: sharedMarks(covered) });
      perBlock.set(block, list);
      replaced.push(hit);
    }
  }
  if (perBlock.size === 0) return { doc, text, replaced, skipped };
  const content = blocks.map((b, i) => (perBlock.has(i) ? { ...b, content: rebuild(b.content ?? [], perBlock.get(i)!) } : b));
  const out = { ...doc, content };
  return { doc: out, text: plainText(out), replaced, skipped };
}

/** The inline nodes overlapping [from, to), or null when the range leaves the block. */
function coveredNodes(nodes: readonly PmNode[], from: number, to: number): PmNode[] | null {
  const out: PmNode[] = [];
  let at = 0;
  for (const n of nodes) {
    const len = n.type === 'text' ? (n.text ?? '').length : 1;
    if (at < to && at + len > from) out.push(n);
    at += len;
  }
  return to <= at ? out : null;
}

function sharedMarks(nodes: readonly PmNode[]): PmMark[] {
  const key = (m: PmMark) => JSON.stringify([m.type, m.attrs ?? null]);
  let shared = (nodes[0]?.marks ?? []).filter((m) => !NOT_INHERITED.has(m.type));
  for (const n of nodes.slice(1)) {
    const has = new Set((n.marks ?? []).map(key));
    shared = shared.filter((m) => has.has(key(m)));
  }
  return shared;
}

/** A block's inline content with sorted, non-overlapping edits applied; untouched nodes are kept as they are. */
function rebuild(nodes: readonly PmNode[], edits: readonly BlockEdit[]): PmNode[] {
  const out: PmNode[] = [];
  let k = 0;
  let at = 0;
  for (const n of nodes) {
    const s = at;
    const e = (at += n.type === 'text' ? (n.text ?? '').length : 1);
    if (n.type !== 'text' || !edits[k] || edits[k]!.from >= e) {
      out.push(n);
      continue;
    }
    const piece = (from: number, to: number) => from < to && out.push({ ...n, text: n.text!.slice(from - s, to - s) });
    let c = s;
    while (c < e) {
      const ed = edits[k];
      if (!ed || ed.from >= e) {
        piece(c, e);
        break;
      }
      if (ed.from > c) (piece(c, ed.from), (c = ed.from));
      if (c === ed.from && ed.text) out.push(ed.marks.length ? { type: 'text', text: ed.text, marks: ed.marks } : { type: 'text', text: ed.text });
      if (ed.to <= e) (c = ed.to), k++;
      else c = e;
    }
  }
  return out;
}
