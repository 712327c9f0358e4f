import { Extension } from '@tiptap/core';

export interface SegmentKeysOptions {
  onConfirm: () => void;
  onMove: (delta: -1 | 1) => void;
  /** Alt+1…9: insert the nth glossary term of the segment. */
  onTerm: (n: number) => void;
}

/** Ctrl+Enter confirms the segment and moves on; Alt+Up/Down move between segments; Alt+n inserts a term. */
export const SegmentKeys = Extension.create<SegmentKeysOptions>({
  name: 'segmentKeys',

  addOptions() {
    return { onConfirm: () => {}, onMove: () => {}, onTerm: () => {} };
  },

  addKeyboardShortcuts() {
    const terms = Object.fromEntries(
      Array.from({ length: 9 }, (_, i) => [
        `Alt-${i + 1}`,
        () => {
          this.options.onTerm(i + 1);
          return true;
        },
      ]),
    );
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
      ...terms,
    };
  },
});
