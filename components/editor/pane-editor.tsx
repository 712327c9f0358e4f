'use client';

import { useEffect, useMemo, useRef } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { Extension, Mark } from '@tiptap/core';
import type { PmNode } from '@/lib/documents/types';
import { dirOf, type Lang } from '@/lib/text/lang';
import { OriginalWording } from '@/components/quotes/original-wording-mark';
import { GlossaryTerm } from './extensions/glossary-term';
import { SegmentKeys } from './extensions/segment-keys';
import type { NextKind } from './editor-grid-context';

export interface PaneEditorProps {
  lang: Lang;
  content: PmNode | null;
  editable: boolean;
  label: string;
  autoFocus?: boolean;
  /** Extra extensions of a feature (term highlighting, QA marks...). */
  extensions?: (Extension | Mark)[];
  onChange: (content: PmNode, text: string) => void;
  onConfirm: () => void;
  onMove: (delta: -1 | 1) => void;
  onTerm?: (n: number) => void;
  onNext: (kind: NextKind) => void;
  onCopySource: () => void;
  onClear: () => void;
  onKeys: () => void;
  onSelection?: (editor: Editor) => void;
  onReady?: (editor: Editor) => void;
}

const EMPTY_DOC: PmNode = { type: 'doc', content: [{ type: 'paragraph' }] };

/** One Tiptap editor for one language of one segment; its direction comes from its language. */
export function PaneEditor(props: PaneEditorProps) {
  const { lang, content, editable, label, autoFocus } = props;
  const callbacks = useRef(props);
  callbacks.current = props;

  const extensions = useMemo(
    () => [
      StarterKit.configure({
        heading: { levels: [1, 2, 3] },
        link: { openOnClick: false, autolink: false },
        codeBlock: false,
        code: false,
        horizontalRule: false,
      }),
      GlossaryTerm,
      OriginalWording,
      SegmentKeys.configure({
        onConfirm: () => callbacks.current.onConfirm(),
        onMove: (d) => callbacks.current.onMove(d),
        onTerm: (n) => callbacks.current.onTerm?.(n),
        onNext: (kind) => callbacks.current.onNext(kind),
        onCopySource: () => callbacks.current.onCopySource(),
        onClear: () => callbacks.current.onClear(),
        onKeys: () => callbacks.current.onKeys(),
      }),
      ...(props.extensions ?? []),
    ],
    // the editor is built once per pane; feature extensions read live data through their own refs
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const editor = useEditor({
    immediatelyRender: false,
    textDirection: dirOf(lang),
    editable,
    extensions,
    content: (content ?? EMPTY_DOC) as object,
    autofocus: autoFocus ? 'end' : false,
    editorProps: {
      attributes: {
        lang,
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        spellcheck: 'true',
      },
    },
    onSelectionUpdate: ({ editor: e }) => callbacks.current.onSelection?.(e),
    onUpdate: ({ editor: e }) => {
      callbacks.current.onChange(e.getJSON() as PmNode, e.getText({ blockSeparator: '\n' }));
    },
  });

  useEffect(() => {
    if (editor) callbacks.current.onReady?.(editor);
  }, [editor]);

  // asked for the caret after the editor was built (a click during its mounting)
  useEffect(() => {
    if (editor && autoFocus && !editor.isFocused) editor.commands.focus('end');
  }, [editor, autoFocus]);

  useEffect(() => {
    // no update event: toggling editability is not an edit and must not trigger a save
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  return <EditorContent editor={editor} />;
}
