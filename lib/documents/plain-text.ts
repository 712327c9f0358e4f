import type { PmNode } from './types';

/** Text of a block's inline content: a hardBreak is a line break, any other inline node one U+FFFC. */
export function inlineText(nodes: readonly PmNode[] = []): string {
  return nodes.map((n) => (n.type === 'text' ? (n.text ?? '') : n.type === 'hardBreak' ? '\n' : '\uFFFC')).join('');
}

/** Plain text of Tiptap JSON as the editor saves it (blocks joined by a line break). */
export function plainText(doc: PmNode | null): string {
  return (doc?.content ?? []).map((b) => inlineText(b.content)).join('\n');
}
