'use client';

import { useEffect, useMemo, useRef } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { PmNode } from '@/lib/documents/types';
import { dirOf, type Lang } from '@/lib/text/lang';
import { OriginalWording } from '@/components/quotes/original-wording-mark';
import { GlossaryTerm } from './extensions/glossary-term';
import { SegmentKeys } from './extensions/segment-keys';
import { GuardOriginal, type GuardOriginalOptions } from './plugins/guard-original';
import { TermHighlight, type TermHighlightOptions } from './plugins/term-highlight';
import type { NextKind } from './editor-grid-context';
import { markOpen } from './open-marks';

export interface PaneEditorProps {
  lang: Lang;
  content: PmNode | null;
  editable: boolean;
  label: string;
  /** Glossary terms underlined as decorations (plugins/term-highlight.ts). */
  termHighlight?: TermHighlightOptions;
  /** Text marked as original wording kept from changes unless unlocked (plugins/guard-original.ts). */
  guardOriginal?: GuardOriginalOptions;
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

/**
 * One Tiptap editor for one language of one segment; its direction comes from its language. Loaded on
 * demand (lazy-pane-editor.tsx): this module and what it imports are the editor's own chunk.
 */
export function PaneEditor(props: PaneEditorProps) {
  const { lang, content, editable, label } = props;
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
      ...(props.termHighlight ? [TermHighlight.configure(props.termHighlight)] : []),
      ...(props.guardOriginal ? [GuardOriginal.configure(props.guardOriginal)] : []),
    ],
    // the editor is built once per pane; feature extensions read live data through their own refs
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const editor = useEditor({
    // built in the first render: this component only ever renders in the browser (lazy-pane-editor.tsx)
    immediatelyRender: true,
    textDirection: dirOf(lang),
    editable,
    extensions,
    content: (content ?? EMPTY_DOC) as object,
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
    if (!editor) return;
    markOpen('editor-ready');
    callbacks.current.onReady?.(editor);
  }, [editor]);

  useEffect(() => {
    // no update event: toggling editability is not an edit and must not trigger a save
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  return <EditorContent editor={editor} />;
}
