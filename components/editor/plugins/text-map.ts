import type { Node as PmNode } from '@tiptap/pm/model';

export interface TextBlockMap {
  /** The block's text; each inline non-text node (a hard break) counts as one '\n'. */
  text: string;
  /** Document position of the block's first character. */
  start: number;
}

/** Every textblock of a document with its text and where it starts, so text offsets map to positions. */
export function textBlocks(doc: PmNode): TextBlockMap[] {
  const blocks: TextBlockMap[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      text += child.isText ? child.text! : '\n';
    });
    blocks.push({ text, start: pos + 1 });
    return false;
  });
  return blocks;
}
