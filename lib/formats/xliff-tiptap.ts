/**
 * Tiptap JSON <-> XLIFF inline content. Bold and italic become `<pc type="fmt" subType="xlf:b|xlf:i">`,
 * a link `<pc type="link" tj:href>`, a confirmed glossary term `<mrk type="term" ref="urn:tarjuman:concept:ID">`;
 * other marks `<pc type="fmt" tj:mark>`; attributes not carried otherwise ride in `tj:attrs` (JSON).
 * Hard breaks are `<ph type="fmt" subType="xlf:lb"/>`, a new block adds `tj:node="block"`.
 */
import type { PmMark, PmNode } from '../documents/types';
import type { XliffAttrs, XliffInline } from './xliff-types';

const CONCEPT_REF = 'urn:tarjuman:concept:';
// Outer to inner when nesting; marks come back in OUTPUT order.
const NESTING = ['link', 'glossaryTerm', 'bold', 'italic'];
const OUTPUT = ['bold', 'italic', 'link', 'glossaryTerm'];

type Container = { content: XliffInline[] };

/** Converts a Tiptap doc (or one block) into XLIFF inline content. */
export function pmToXliff(node: PmNode): XliffInline[] {
  const blocks = node.type === 'doc' ? (node.content ?? []) : [node];
  const root: Container = { content: [] };
  let ids = 0;
  let terms = 0;
  // Placeholders, spans and terms are numbered apart ("p1", "1", "m1"): a source and a target
  // converted separately then never give one id to two kinds of code, which XLIFF forbids.
  let placeholders = 0;
  let stack: { key: string; box: Container }[] = [];
  const top = () => (stack.length > 0 ? stack[stack.length - 1]!.box : root);
  blocks.forEach((block, index) => {
    stack = [];
    if (index > 0) root.content.push({ kind: 'ph', id: `p${++placeholders}`, attrs: { type: 'fmt', subType: 'xlf:lb', 'tj:node': 'block' } });
    for (const child of block.content ?? []) {
      if (child.type !== 'text') {
        stack = [];
        // Any other inline node (an image, say) travels as a placeholder naming it.
        const attrs: XliffAttrs =
          child.type === 'hardBreak'
            ? { type: 'fmt', subType: 'xlf:lb' }
            : { type: 'other', 'tj:node': child.type, ...(child.attrs ? { 'tj:attrs': JSON.stringify(child.attrs) } : {}) };
        root.content.push({ kind: 'ph', id: `p${++placeholders}`, attrs });
        continue;
      }
      const marks = [...(child.marks ?? [])].sort((a, b) => rank(NESTING, a.type) - rank(NESTING, b.type));
      const keys = marks.map((m) => JSON.stringify(m));
      let keep = 0;
      while (keep < stack.length && keep < keys.length && stack[keep]!.key === keys[keep]) keep++;
      stack = stack.slice(0, keep);
      for (const mark of marks.slice(keep)) {
        const wrapper = markToInline(mark, () => String(++ids), () => `m${++terms}`);
        top().content.push(wrapper);
        stack.push({ key: JSON.stringify(mark), box: wrapper as Container });
      }
      const box = top();
      const last = box.content[box.content.length - 1];
      if (last?.kind === 'text') last.text += child.text ?? '';
      else box.content.push({ kind: 'text', text: child.text ?? '' });
    }
  });
  return root.content;
}

function markToInline(mark: PmMark, nextId: () => string, nextTerm: () => string): XliffInline {
  const rest: Record<string, unknown> = { ...mark.attrs };
  const attrs: XliffAttrs = {};
  if (mark.type === 'glossaryTerm') {
    attrs.type = 'term';
    attrs.ref = CONCEPT_REF + encodeURIComponent(String(rest.conceptId ?? ''));
    delete rest.conceptId;
  } else if (mark.type === 'link') {
    attrs.type = 'link';
    if (typeof rest.href === 'string') attrs['tj:href'] = rest.href;
    delete rest.href;
  } else {
    attrs.type = 'fmt';
    if (mark.type === 'bold') attrs.subType = 'xlf:b';
    else if (mark.type === 'italic') attrs.subType = 'xlf:i';
    else attrs['tj:mark'] = mark.type;
  }
  if (Object.keys(rest).length > 0) attrs['tj:attrs'] = JSON.stringify(rest);
  return mark.type === 'glossaryTerm'
    ? { kind: 'mrk', id: nextTerm(), attrs, content: [] }
    : { kind: 'pc', id: nextId(), attrs, content: [] };
}

/** Converts XLIFF inline content back into a Tiptap doc whose blocks are of `blockType`. */
export function xliffToPm(items: XliffInline[], blockType = 'paragraph'): PmNode {
  const blocks: PmNode[][] = [[]];
  const walk = (list: XliffInline[], marks: PmMark[]) => {
    for (const item of list) {
      const block = blocks[blocks.length - 1]!;
      if (item.kind === 'text') {
        if (item.text) pushText(block, item.text, marks);
      } else if (item.kind === 'pc' || item.kind === 'mrk') {
        const mark = inlineToMark(item);
        walk(item.content, mark ? [...marks, mark] : marks);
      } else if (item.kind === 'ph') {
        const a = item.attrs ?? {};
        if (a['tj:node'] === 'block') blocks.push([]);
        else if (a.subType === 'xlf:lb') block.push({ type: 'hardBreak' });
        else if (a['tj:node']) block.push({ type: a['tj:node'], ...(a['tj:attrs'] ? { attrs: JSON.parse(a['tj:attrs']) } : {}) });
      }
    }
  };
  walk(items, []);
  return {
    type: 'doc',
    content: blocks.map((content) => ({ type: blockType, ...(content.length > 0 ? { content } : {}) })),
  };
}

function inlineToMark(item: Extract<XliffInline, { kind: 'pc' | 'mrk' }>): PmMark | undefined {
  const a = item.attrs ?? {};
  const extra = a['tj:attrs'] ? (JSON.parse(a['tj:attrs']) as Record<string, unknown>) : {};
  const withAttrs = (type: string, attrs: Record<string, unknown>): PmMark =>
    Object.keys(attrs).length > 0 ? { type, attrs } : { type };
  if (item.kind === 'mrk') {
    if (a.type !== 'term' || !a.ref?.startsWith(CONCEPT_REF)) return undefined;
    return { type: 'glossaryTerm', attrs: { conceptId: decodeURIComponent(a.ref.slice(CONCEPT_REF.length)), ...extra } };
  }
  if (a.type === 'link') return withAttrs('link', { ...(a['tj:href'] !== undefined ? { href: a['tj:href'] } : {}), ...extra });
  if (a.subType === 'xlf:b') return withAttrs('bold', extra);
  if (a.subType === 'xlf:i') return withAttrs('italic', extra);
  if (a['tj:mark']) return withAttrs(a['tj:mark'], extra);
  return undefined;
}

function pushText(block: PmNode[], text: string, marks: PmMark[]): void {
  const sorted = [...marks].sort((a, b) => rank(OUTPUT, a.type) - rank(OUTPUT, b.type) || a.type.localeCompare(b.type));
  const last = block[block.length - 1];
  if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(sorted)) {
    last.text += text;
    return;
  }
  block.push(sorted.length > 0 ? { type: 'text', text, marks: sorted } : { type: 'text', text });
}

function rank(order: string[], type: string): number {
  const i = order.indexOf(type);
  return i < 0 ? order.length : i;
}

/** The plain text of a Tiptap node or of XLIFF inline content (breaks and blocks as "\n"). */
export function plainText(value: PmNode | XliffInline[]): string {
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        if (item.kind === 'text') return item.text;
        if (item.kind === 'pc' || item.kind === 'mrk') return plainText(item.content);
        if (item.kind === 'ph' && (item.attrs?.subType === 'xlf:lb' || item.attrs?.['tj:node'] === 'block')) return '\n';
        return '';
      })
      .join('');
  }
  if (value.type === 'text') return value.text ?? '';
  if (value.type === 'hardBreak') return '\n';
  const parts = (value.content ?? []).map(plainText);
  return value.type === 'doc' ? parts.join('\n') : parts.join('');
}
