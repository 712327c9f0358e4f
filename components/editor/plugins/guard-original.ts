import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PmNode, MarkType } from '@tiptap/pm/model';

export interface GuardOriginalOptions {
  /** True while the translator has deliberately unlocked the original wording of this pane. */
  isUnlocked: () => boolean;
  onBlocked?: () => void;
}

// A change touches the original when it replaces marked text, or inserts strictly inside it.
function touchesOriginal(doc: PmNode, from: number, to: number, type: MarkType): boolean {
  if (from < to) return doc.rangeHasMark(from, to, type);
  if (from <= 0 || from >= doc.content.size) return false;
  const $pos = doc.resolve(from);
  const before = $pos.nodeBefore;
  const after = $pos.nodeAfter;
  return !!before && !!after && type.isInSet(before.marks) !== undefined && type.isInSet(after.marks) !== undefined;
}

/**
 * Keeps a quote's original wording (the originalWording mark) verbatim: edits inside it are refused
 * unless the translator unlocks it on purpose. Text around it stays ordinary.
 */
export const GuardOriginal = Extension.create<GuardOriginalOptions>({
  name: 'guardOriginal',

  addOptions() {
    return { isUnlocked: () => false };
  },

  addProseMirrorPlugins() {
    const opts = this.options;
    return [
      new Plugin({
        key: new PluginKey('guardOriginal'),
        filterTransaction: (tr, state) => {
          const type = state.schema.marks.originalWording;
          if (!type || !tr.docChanged || opts.isUnlocked() || tr.getMeta('allowOriginalEdit')) return true;
          for (let i = 0; i < tr.steps.length; i++) {
            const doc = tr.docs[i]!;
            let touched = false;
            tr.steps[i]!.getMap().forEach((from, to) => {
              if (touchesOriginal(doc, from, to, type)) touched = true;
            });
            if (touched) {
              opts.onBlocked?.();
              return false;
            }
          }
          return true;
        },
      }),
    ];
  },
});
