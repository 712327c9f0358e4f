'use client';

import { useEffect, useRef } from 'react';

/**
 * Alt+Shift+1…9 applies the nth match and Alt+Shift+0 the drafted paragraph, while the caret is in an
 * editor row (plain Alt+n inserts glossary terms). Keys are read by position (event.code), so they
 * work the same on Arabic and Persian keyboard layouts.
 */
export function useTmKeys(handlers: { onMatch: (n: number) => void; onDraft: () => void }): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
      const m = /^(?:Digit|Numpad)([0-9])$/.exec(e.code);
      if (!m) return;
      const active = document.activeElement;
      if (!active?.closest('li[data-segment-id]')) return;
      e.preventDefault();
      e.stopPropagation();
      const n = Number(m[1]);
      if (n === 0) ref.current.onDraft();
      else ref.current.onMatch(n);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
