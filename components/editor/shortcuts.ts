/**
 * The editor's keys, one list for the keymap (Tiptap names) and the shortcut sheet (shown names, words
 * in messages/ under Shortcuts.<id>). `Mod` is Ctrl, ⌘ on a Mac.
 */
export const SHORTCUTS = [
  { id: 'confirm', keys: ['Mod-Enter'] },
  { id: 'previous', keys: ['Alt-ArrowUp'] },
  { id: 'next', keys: ['Alt-ArrowDown'] },
  { id: 'nextUnconfirmed', keys: ['Alt-Shift-ArrowDown'] },
  { id: 'nextFinding', keys: ['F8'] },
  { id: 'copySource', keys: ['Mod-Shift-s'] },
  { id: 'clearTarget', keys: ['Mod-Shift-Backspace'] },
  { id: 'insertTerm', keys: ['Alt-1', 'Alt-9'] },
  { id: 'keys', keys: ['?', 'Mod-/'] },
] as const;

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

const SHOWN: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', Backspace: 'Backspace', Enter: 'Enter', s: 'S' };

/** A Tiptap key name as a person reads it: "Mod-Shift-s" is "Ctrl+Shift+S" (⌘ on a Mac). */
export function shownKey(key: string, mac = false): string {
  if (key === '?') return '?';
  return key
    .split('-')
    .map((part) => (part === 'Mod' ? (mac ? '⌘' : 'Ctrl') : (SHOWN[part] ?? part)))
    .join('+');
}
