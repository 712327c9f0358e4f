'use client';

import { useCallback, useMemo, useRef } from 'react';
import type { Lang } from '@/lib/text/lang';
import type { TextEdit } from '@/lib/text/text-edit';

/**
 * What was typed for a pane before its editor stood, and whether the caret is still waiting there:
 * `edit`, typed into the pane's own static HTML (editable from the server's first byte, before any
 * script), in offsets of the text that HTML showed; then `text`, typed while the caret waited in the
 * catcher, which goes where the edit left the caret.
 */
export interface TypedText {
  text: string;
  focused: boolean;
  edit?: TextEdit;
}

/**
 * Keeps what a translator types into a pane whose editor is not there yet (its row still static HTML,
 * the editor's code still loading): the caret goes to one hidden text box that lives as long as the
 * grid (a row turning live replaces its panes, which would drop the focus and the keys), and the pane
 * takes the text when its editor stands. Works for keys, pasted text and input methods alike.
 */
export function useTypedTextCatcher(label: (segmentIndex: number, lang: Lang) => string, restingLabel: string) {
  const box = useRef<HTMLTextAreaElement>(null);
  const resting = useRef(restingLabel);
  resting.current = restingLabel;
  const target = useRef<string | null>(null);
  // text typed for a pane before the caret was asked elsewhere
  const parked = useRef(new Map<string, string>());
  // what was typed into a pane's static HTML, taken when that HTML left the page, and its text then
  const edits = useRef(new Map<string, { edit: TextEdit; shown: string }>());
  // the pane that last took its text with the caret still here: keys that come before its editor has
  // the caret (Tiptap focuses in the next animation frame) are still its own (takeLate)
  const handed = useRef<string | null>(null);

  const park = () => {
    const el = box.current;
    const owner = target.current ?? handed.current;
    handed.current = null;
    if (!el || owner === null || el.value === '') return;
    parked.current.set(owner, (parked.current.get(owner) ?? '') + el.value);
    el.value = '';
  };

  /** The caret waits in the catcher for the pane (segmentIndex, lang). */
  const catchKeys = useCallback(
    (segmentIndex: number, lang: Lang) => {
      const el = box.current;
      if (!el) return;
      const key = `${segmentIndex}:${lang}`;
      if (target.current !== key) {
        park();
        target.current = key;
        el.setAttribute('aria-label', label(segmentIndex, lang));
        el.lang = lang;
      }
      if (document.activeElement !== el) el.focus({ preventScroll: true });
    },
    [label],
  );

  /** Keeps what was typed into the static HTML of the pane (segmentIndex, lang) for its editor (the latest edit of that HTML). */
  const keepEdit = useCallback((segmentIndex: number, lang: Lang, edit: TextEdit, shown: string) => void edits.current.set(`${segmentIndex}:${lang}`, { edit, shown }), []);

  /** The text the pane showed with what was typed into it, while its editor is not there yet (null when nothing was). */
  const typedShown = useCallback((segmentIndex: number, lang: Lang) => edits.current.get(`${segmentIndex}:${lang}`)?.shown ?? null, []);

  /** Whether text typed into the static HTML of the pane (segmentIndex, lang) waits for its editor. */
  const hasEdit = useCallback((segmentIndex: number, lang: Lang) => edits.current.has(`${segmentIndex}:${lang}`), []);

  /** The text typed for the pane (segmentIndex, lang), handed over once: null when there is none and the caret is not waiting for it. */
  const takeTyped = useCallback((segmentIndex: number, lang: Lang): TypedText | null => {
    const key = `${segmentIndex}:${lang}`;
    const el = box.current;
    const before = parked.current.get(key) ?? '';
    parked.current.delete(key);
    const edit = edits.current.get(key)?.edit;
    edits.current.delete(key);
    if (!el || target.current !== key) return before === '' && !edit ? null : { text: before, focused: false, ...(edit && { edit }) };
    const text = before + el.value;
    const focused = document.activeElement === el;
    el.value = '';
    el.setAttribute('aria-label', resting.current);
    target.current = null;
    handed.current = focused ? key : null;
    return { text, focused, ...(edit && { edit }) };
  }, []);

  /**
   * What was typed for the pane (segmentIndex, lang) after it took its text and before its editor took
   * the caret (asked for once the editor has it: no key can come here after that).
   */
  const takeLate = useCallback((segmentIndex: number, lang: Lang): string => {
    const key = `${segmentIndex}:${lang}`;
    const el = box.current;
    let text = parked.current.get(key) ?? '';
    parked.current.delete(key);
    if (el && handed.current === key && target.current === null) {
      text += el.value;
      el.value = '';
    }
    if (handed.current === key) handed.current = null;
    return text;
  }, []);

  const element = useMemo(
    () => (
      <textarea
        ref={box}
        data-testid="typed-text-catcher"
        tabIndex={-1}
        // seen by nobody: it holds the caret for a pane for the moments before that pane's editor stands
        className="pointer-events-none fixed top-0 left-0 h-px w-px resize-none overflow-hidden border-0 p-0 opacity-0"
        dir="auto"
        // named after the pane it waits for while it does (catchKeys); at rest, after what it is for
        aria-label={restingLabel}
      />
    ),
    [restingLabel],
  );

  return { element, catchKeys, takeTyped, takeLate, keepEdit, hasEdit, typedShown };
}
