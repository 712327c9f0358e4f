import { Extension } from '@tiptap/core';
import type { NextKind } from '../editor-grid-context';

export interface SegmentKeysOptions {
  onConfirm: () => void;
  onMove: (delta: -1 | 1) => void;
  /** Alt+1…9: insert the nth glossary term of the segment. */
  onTerm: (n: number) => void;
  onNext: (kind: NextKind) => void;
  onCopySource: () => void;
  onClear: () => void;
  onKeys: () => void;
}

const handled = (f: () => void) => () => {
  f();
  return true;
};

/**
 * The segment keys (components/editor/shortcuts.ts lists them for the sheet): Ctrl+Enter confirms and
 * goes to the next unconfirmed segment; Alt+Up/Down move; Alt+Shift+Down and F8 go to the next
 * unconfirmed segment and QA finding; Ctrl+Shift+S copies the source, Ctrl+Shift+Backspace clears the
 * target; Alt+n inserts a term; Ctrl+/ shows the keys. Runs before StarterKit's own Mod-Shift-s (strike).
 */
export const SegmentKeys = Extension.create<SegmentKeysOptions>({
  name: 'segmentKeys',
  priority: 1000,

  addOptions() {
    const none = () => {};
    return { onConfirm: none, onMove: none, onTerm: none, onNext: none, onCopySource: none, onClear: none, onKeys: none };
  },

  addKeyboardShortcuts() {
    const o = () => this.options;
    const terms = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`Alt-${i + 1}`, handled(() => o().onTerm(i + 1))]));
    return {
      'Mod-Enter': handled(() => o().onConfirm()),
      'Alt-ArrowUp': handled(() => o().onMove(-1)),
      'Alt-ArrowDown': handled(() => o().onMove(1)),
      'Alt-Shift-ArrowDown': handled(() => o().onNext('unconfirmed')),
      F8: handled(() => o().onNext('finding')),
      'Mod-Shift-s': handled(() => o().onCopySource()),
      'Mod-Shift-S': handled(() => o().onCopySource()),
      'Mod-Shift-Backspace': handled(() => o().onClear()),
      'Mod-/': handled(() => o().onKeys()),
      ...terms,
    };
  },
});
