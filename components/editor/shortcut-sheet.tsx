'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { SHORTCUTS, shownKey } from './shortcuts';

/** The keyboard-shortcut sheet (on `?` outside a text, Ctrl+/ anywhere), in the UI's language. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const t = useTranslations('Shortcuts');
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} onCancel={onClose} data-testid="shortcut-sheet" className="m-auto max-w-lg rounded border border-stone-300 p-4 shadow-lg backdrop:bg-stone-900/30">
      <h2 id={titleId} className="mb-2 text-lg font-semibold">
        {t('title')}
      </h2>
      <table className="w-full text-sm">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.id} className="border-t border-stone-200">
              <td className="py-1 pe-3 whitespace-nowrap" dir="ltr">
                {s.id === 'insertTerm' ? (
                  <>
                    <kbd>{shownKey(s.keys[0], mac)}</kbd>…<kbd>{shownKey(s.keys[1], mac)}</kbd>
                  </>
                ) : (
                  s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' / '}
                      <kbd className="rounded border border-stone-300 bg-stone-50 px-1 font-mono text-xs">{shownKey(k, mac)}</kbd>
                    </span>
                  ))
                )}
              </td>
              <td className="py-1">{t(s.id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="mt-3 text-end">
        <button type="submit" className="rounded border border-stone-400 px-3 py-1 text-sm" onClick={onClose}>
          {t('close')}
        </button>
      </form>
    </dialog>
  );
}

/** Whether a key event comes from somewhere that takes text (where `?` is a character, not a command). */
export function typingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');
}

/** Whether the sheet is open: `?` outside a text, Ctrl+/ (⌘/) anywhere. */
export function useShortcutSheet() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const question = e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingTarget(e.target);
      if (question || (e.key === '/' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return [open, setOpen] as const;
}
