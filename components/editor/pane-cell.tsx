'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Editor } from '@tiptap/react';
import type { PmNode, TranslationState } from '@/lib/documents/types';
import { dirOf, type Lang } from '@/lib/text/lang';
import { ConflictDialog } from './conflict-dialog';
import { useEditorGrid } from './editor-grid-context';
import { PaneEditor } from './pane-editor';
import { StaticContent } from './static-content';
import { useAutosave } from './use-autosave';

export interface PaneCellProps {
  segmentId: number;
  segmentIndex: number;
  lang: Lang;
  isSource: boolean;
  content: PmNode | null;
  text: string;
  version: number;
  state: TranslationState;
  editable: boolean;
  onEditor?: (lang: Lang, editor: Editor | null) => void;
}

/**
 * One language of one segment: a static rendering until the row is near the viewport (or focused),
 * then a Tiptap editor with autosave, its save state and any conflict.
 */
export function PaneCell(props: PaneCellProps) {
  const { segmentId, segmentIndex, lang, isSource, editable } = props;
  const t = useTranslations('Editor');
  const grid = useEditorGrid();
  const box = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const [mounted, setMounted] = useState(false);
  const [focusOnMount, setFocusOnMount] = useState(false);
  const [content, setContent] = useState<PmNode | null>(props.content);
  // what is known to be stored, so that events which change nothing never cause a save
  const lastKnown = useRef<string | null>(null);
  const autosave = useAutosave({ segmentId, lang, version: props.version, state: props.state, save: grid.save });
  const stateRef = useRef(autosave.state);
  stateRef.current = autosave.state;

  useEffect(() => {
    const el = box.current;
    if (!el || mounted) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setMounted(true), { rootMargin: '300px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [mounted]);

  const activate = useCallback(() => {
    if (editorRef.current) editorRef.current.commands.focus('end');
    else {
      setFocusOnMount(true);
      setMounted(true);
    }
    box.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  useEffect(() => {
    grid.register(segmentIndex, lang, { activate });
    return () => grid.register(segmentIndex, lang, null);
  }, [grid, segmentIndex, lang, activate]);

  const onConfirm = useCallback(() => {
    const e = editorRef.current;
    if (e && !isSource) {
      const next: TranslationState = stateRef.current === 'initial' ? 'translated' : stateRef.current;
      autosave.schedule({ content: e.getJSON() as PmNode, text: e.getText({ blockSeparator: '\n' }), state: next }, true);
    }
    grid.move(segmentIndex, lang, 1);
  }, [autosave, grid, isSource, lang, segmentIndex]);

  const onResolve = (choice: 'mine' | 'theirs') => {
    const chosen = autosave.resolve(choice);
    if (choice === 'theirs' && chosen && editorRef.current) {
      const c = (chosen as { content: PmNode | null }).content;
      editorRef.current.commands.setContent((c ?? { type: 'doc', content: [{ type: 'paragraph' }] }) as object, { emitUpdate: false });
      setContent(c);
    }
  };

  const langName = t(`lang.${lang}`);
  const dir = dirOf(lang);
  return (
    <div className="min-w-0" data-testid={`cell-${segmentId}-${lang}`} data-lang={lang}>
      <div ref={box} lang={lang} dir={dir} className="pane-text rounded border border-transparent px-2 py-1 focus-within:border-emerald-600 hover:border-stone-300">
        {mounted ? (
          <PaneEditor
            lang={lang}
            content={content}
            editable={editable}
            autoFocus={focusOnMount}
            label={t('paneLabel', { lang: langName, n: segmentIndex + 1 })}
            placeholder={isSource ? '' : t('placeholder', { lang: langName })}
            onChange={(c, text) => {
              const key = JSON.stringify(c);
              if (key === lastKnown.current) return;
              lastKnown.current = key;
              autosave.schedule({ content: c, text });
            }}
            onConfirm={onConfirm}
            onMove={(d) => grid.move(segmentIndex, lang, d)}
            onReady={(e) => {
              editorRef.current = e;
              lastKnown.current = JSON.stringify(e.getJSON());
              props.onEditor?.(lang, e);
            }}
          />
        ) : (
          <div tabIndex={0} role="textbox" aria-label={t('paneLabel', { lang: langName, n: segmentIndex + 1 })} onFocus={activate} onPointerDown={activate}>
            <StaticContent doc={content} />
          </div>
        )}
      </div>
      <div className="flex items-center justify-between px-2 text-xs text-stone-600">
        {!isSource ? <span data-testid="state">{t(`state.${autosave.state}`)}</span> : <span />}
        <span aria-live="polite" data-testid="save-status" data-status={autosave.status} className={autosave.status === 'error' || autosave.status === 'conflict' ? 'text-red-700' : ''}>
          {t(`status.${autosave.status}`)}
        </span>
      </div>
      {autosave.conflict && (
        <ConflictDialog lang={lang} mine={autosave.conflict.mine.text} theirs={autosave.conflict.theirs.text} theirsBy={autosave.conflict.theirs.updatedBy} onChoose={onResolve} />
      )}
    </div>
  );
}
