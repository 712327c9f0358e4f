import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import { SHORTCUTS, shownKey } from './shortcuts';

describe('the editor keys', () => {
  it.each([
    ['Mod-Enter', false, 'Ctrl+Enter'],
    ['Mod-Enter', true, '⌘+Enter'],
    ['Alt-Shift-ArrowDown', false, 'Alt+Shift+↓'],
    ['Mod-Shift-s', false, 'Ctrl+Shift+S'],
    ['Mod-/', false, 'Ctrl+/'],
    ['?', false, '?'],
    ['F8', false, 'F8'],
  ])('%s is shown as %s (mac %s)', (key, mac, want) => {
    expect(shownKey(key, mac)).toBe(want);
  });

  it('every key has words in the shortcut sheet, and no key is bound twice', () => {
    const words = (en as { Shortcuts: Record<string, string> }).Shortcuts;
    for (const s of SHORTCUTS) expect(words[s.id], s.id).toBeTruthy();
    const all = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(all).size).toBe(all.length);
  });
});
