import { Extension } from '@tiptap/core';

export interface SegmentKeysOptions {
  onConfirm: () => void;
  onMove: (delta: -1 | 1) => void;
}

/** Ctrl+Enter confirms the segment and moves on; Alt+Up/Down move between segments. */
export const SegmentKeys = Extension.create<SegmentKeysOptions>({
  name: 'segmentKeys',

  addOptions() {
    return { onConfirm: () => {}, onMove: () => {} };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Enter': () => {
        this.options.onConfirm();
        return true;
      },
      'Alt-ArrowUp': () => {
        this.options.onMove(-1);
        return true;
      },
      'Alt-ArrowDown': () => {
        this.options.onMove(1);
        return true;
      },
    };
  },
});
