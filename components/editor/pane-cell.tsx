'use client';

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Editor } from '@tiptap/react';
import type { PmNode, TranslationState } from '@/lib/documents/types';
import type { SavedText } from '@/lib/documents/views';
import { countText } from '@/lib/text/word-count';
import { dirOf, type Lang } from '@/lib/text/lang';
import { ConflictDialog } from './conflict-dialog';
import { ThreeWayView } from '@/components/live/three-way-view';
import { StateSelect } from './state-select';
import { useEditorGrid } from './editor-grid-context';
import { LazyPaneEditor } from './lazy-pane-editor';
import { QaFindings } from './qa-findings';
import { paneHtml, posAtTextOffset } from '@/lib/documents/pane-html';
import type { TextEdit } from '@/lib/text/text-edit';
import { OriginalLock } from './original-lock';
import { useTermCardTriggers } from './use-term-card-triggers';
import { useAutosave } from './use-autosave';
import { useDocumentFindings } from './document-qa';
import { useSegmentQa } from './use-segment-qa';

export interface PaneCellProps {
  segmentId: number;
  segmentIndex: number;
  lang: Lang;
  isSource: boolean;
  content: PmNode | null;
  text: string;
  sourceText: string;
  /** The source's Tiptap JSON, for "copy source to target". */
  sourceContent: PmNode | null;
  version: number;
  state: TranslationState;
  editable: boolean;
  onEditor?: (lang: Lang, editor: Editor | null) => void;
  onTerm?: (n: number, lang: Lang) => void;
}

/**
 * One language of one segment: a static rendering until the row is near the viewport (or focused),
 * then a Tiptap editor with term underlines, autosave, its save state, QA findings and any conflict.
 */
export function PaneCell(props: PaneCellProps) {
  const { segmentId, segmentIndex, lang, isSource, editable } = props;
  const t = useTranslations('Editor');
  const grid = useEditorGrid();
  const box = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  // a pane asked for while its row was static starts building its editor in its first render
  const [mounted, setMounted] = useState(() => grid.asked(segmentIndex, lang));
  // the editor once built; until then the pane shows its static text (its code may still be loading)
  const [editor, setEditor] = useState<Editor | null>(null);
  const [focusOnMount, setFocusOnMount] = useState(() => grid.asked(segmentIndex, lang));
  const [content, setContent] = useState<PmNode | null>(props.content);
  const [text, setText] = useState(props.text);
  // what is known to be stored, so that events which change nothing never cause a save
  const lastKnown = useRef<string | null>(null);
  const autosave = useAutosave({ segmentId, lang, version: props.version, state: props.state, content: props.content, text: props.text, save: grid.save });
  const stateRef = useRef(autosave.state);
  stateRef.current = autosave.state;
  const cleanRef = useRef(true);
  cleanRef.current = autosave.status === 'saved' && !autosave.conflict;
  const documentFindings = useDocumentFindings(lang, String(segmentId));
  const segmentFindings = useSegmentQa({ enabled: !isSource, unitId: String(segmentId), sourceText: props.sourceText, targetText: text, targetLang: lang, grid });

  // the row is near the screen: the editor (term underlines, hover cards) mounts when the browser is idle
  // if the pane is then in view, at once when the pointer comes over it or it is asked for
  useEffect(() => {
    if (mounted) return;
    return grid.idle(() => {
      const r = box.current?.getBoundingClientRect();
      if (r && r.bottom > 0 && r.top < window.innerHeight) setMounted(true);
    });
  }, [grid, mounted]);

  const activate = useCallback(() => {
    if (editorRef.current) editorRef.current.commands.focus('end');
    else {
      setFocusOnMount(true);
      setMounted(true);
      // what is typed before the editor stands is kept and replayed into it (typed-text-catcher.tsx)
      if (editable) grid.catchKeys(segmentIndex, lang);
    }
    box.current?.scrollIntoView({ block: 'nearest' });
  }, [editable, grid, lang, segmentIndex]);

  const findingsCount = useRef(0);
  findingsCount.current = isSource ? 0 : segmentFindings.length + documentFindings.length;
  useEffect(() => {
    grid.register(segmentIndex, lang, { activate, mount: () => setMounted(true), editor: () => editorRef.current, status: () => ({ state: stateRef.current, findings: findingsCount.current, editable, clean: cleanRef.current }) });
    return () => grid.register(segmentIndex, lang, null);
  }, [grid, segmentIndex, lang, activate, editable]);

  const triggers = useTermCardTriggers(grid, editorRef, segmentIndex, lang);
  const [unlocked, setUnlocked] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const unlockedRef = useRef(false);
  unlockedRef.current = unlocked;
  const [hasOriginal, setHasOriginal] = useState(() => JSON.stringify(props.content ?? {}).includes('"originalWording"'));

  const termHighlight = useMemo(() => ({ lang, isTarget: !isSource, getIndex: grid.termIndex, onMatches: triggers.setMatches }), [grid, isSource, lang, triggers.setMatches]);
  const guardOriginal = useMemo(() => ({ isUnlocked: () => unlockedRef.current, onBlocked: () => setBlocked(true) }), []);

  // typed into the static HTML this pane replaces: shown as it was until the editor takes it (this runs
  // after that HTML's text was kept, in the same commit, and before the paint)
  const [typedShown, setTypedShown] = useState<string | null>(null);
  useLayoutEffect(() => {
    const shown = grid.typedShown(segmentIndex, lang);
    if (shown !== null) setTypedShown(shown);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // the editor takes the pane's place before the next paint: the caret where it was asked for, and the
  // characters typed meanwhile inserted at it (they then save as any typing does)
  useLayoutEffect(() => {
    if (!editor) return;
    editorRef.current = editor;
    lastKnown.current = JSON.stringify(editor.getJSON());
    props.onEditor?.(lang, editor);
    const typed = grid.takeTyped(segmentIndex, lang);
    // typed into the pane's static HTML: the caret where that typing left it
    const edited = typed?.edit !== undefined && editor.isEditable && applyEdit(editor, typed.edit);
    if (focusOnMount && (typed === null || typed.focused)) editor.commands.focus(edited ? null : 'end');
    if (typed && typed.text !== '' && editor.isEditable) insertTyped(editor, typed.text);
    // Tiptap gives the editor the caret in the next animation frame: a key typed before that still went
    // to the catcher, and is taken right after (this frame callback runs after Tiptap's)
    if (typed?.focused)
      requestAnimationFrame(() => {
        const late = grid.takeLate(segmentIndex, lang);
        if (late !== '' && !editor.isDestroyed && editor.isEditable) insertTyped(editor, late);
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  const draftNow = useCallback(() => {
    const e = editorRef.current;
    return e ? { content: e.getJSON() as PmNode, text: e.getText({ blockSeparator: '\n' }) } : null;
  }, []);

  // Ctrl+Enter: a draft becomes confirmed ("translated"); a target already confirmed, reviewed or final
  // and unchanged keeps its state (a translator may not set reviewed). Then on to the next unconfirmed one.
  const onConfirm = useCallback(() => {
    const now = draftNow();
    if (now && !isSource && editable && stateRef.current === 'initial' && now.text.trim() !== '') autosave.schedule({ ...now, state: 'translated' }, true);
    if (isSource) grid.move(segmentIndex, lang, 1);
    else if (!grid.next(segmentIndex, lang, 'unconfirmed')) grid.move(segmentIndex, lang, 1);
  }, [autosave, draftNow, editable, grid, isSource, lang, segmentIndex]);

  // copy the source into the target, its marks (links, emphasis, glossary terms) kept
  const onCopySource = useCallback(() => {
    const e = editorRef.current;
    if (!e || isSource || !editable) return;
    e.chain().setContent((props.sourceContent ?? { type: 'doc', content: [{ type: 'paragraph' }] }) as object, { emitUpdate: true }).focus('end').run();
  }, [editable, isSource, props.sourceContent]);

  const onClear = useCallback(() => {
    const e = editorRef.current;
    if (e && !isSource && editable) e.chain().clearContent(true).focus().run();
  }, [editable, isSource]);

  // an editor approving a segment: the state is saved with the text, as a new version
  function setState(state: TranslationState) {
    const e = editorRef.current;
    const current = e ? (e.getJSON() as PmNode) : (content ?? { type: 'doc', content: [{ type: 'paragraph' }] });
    autosave.schedule({ content: current, text: e ? e.getText({ blockSeparator: '\n' }) : text, state }, true);
  }

  const onResolve = (choice: 'mine' | 'theirs') => {
    // "keep my text" keeps what the pane holds now, words typed while the dialog was open included
    const chosen = autosave.resolve(choice, draftNow() ?? undefined);
    if (choice === 'theirs' && chosen && editorRef.current) {
      const c = (chosen as { content: PmNode | null }).content;
      editorRef.current.commands.setContent((c ?? { type: 'doc', content: [{ type: 'paragraph' }] }) as object, { emitUpdate: false });
      lastKnown.current = JSON.stringify(editorRef.current.getJSON());
      setContent(c);
      setText((chosen as { text: string }).text);
      const theirs = chosen as SavedText;
      grid.remember(segmentId, lang, { content: c, text: theirs.text, version: theirs.version, state: theirs.state });
    }
  };

  const langName = t(`lang.${lang}`);
  const dir = dirOf(lang);
  const empty = text === '';
  const counts = useMemo(() => countText(text, lang), [text, lang]);
  const placeholder = isSource ? '' : t('placeholder', { lang: langName });
  return (
    <div className="min-w-0" data-testid={`cell-${segmentId}-${lang}`} data-lang={lang}>
      <div
        ref={box}
        lang={lang}
        dir={dir}
        onMouseOver={triggers.onMouseOver}
        onPointerEnter={() => setMounted(true)}
        // a click that lands while the editor is still being built puts the caret in it once it is
        onPointerDown={() => !editorRef.current && activate()}
        onFocus={() => !isSource && grid.setLastTarget(segmentIndex, lang)}
        className="pane-text relative rounded border border-transparent px-2 py-1 focus-within:border-emerald-600 hover:border-stone-300"
      >
        {/* the placeholder is in the UI's language: isolated, so an English one in a right-to-left pane
            starts at the pane's start and keeps its ellipsis at its own end */}
        {empty && placeholder && typedShown === null && (
          <p aria-hidden="true" data-testid="placeholder" className="pointer-events-none absolute inset-x-2 top-1 text-stone-500">
            <bdi>{placeholder}</bdi>
          </p>
        )}
        {mounted && (
          <div hidden={!editor}>
          <LazyPaneEditor
            lang={lang}
            content={content}
            editable={editable}
            label={t('paneLabel', { lang: langName, n: segmentIndex + 1 })}
            termHighlight={termHighlight}
            guardOriginal={guardOriginal}
            onChange={(c, plain) => {
              const key = JSON.stringify(c);
              if (key === lastKnown.current) return;
              lastKnown.current = key;
              setText(plain);
              setHasOriginal(key.includes('"originalWording"'));
              autosave.schedule({ content: c, text: plain });
            }}
            onConfirm={onConfirm}
            onMove={(d) => grid.move(segmentIndex, lang, d)}
            onNext={(kind) => grid.next(segmentIndex, lang, kind)}
            onCopySource={onCopySource}
            onClear={onClear}
            onKeys={grid.showKeys}
            onTerm={(n) => props.onTerm?.(n, lang)}
            onSelection={triggers.onSelection}
            onReady={setEditor}
          />
          </div>
        )}
        {!editor && (
          <div
            tabIndex={0}
            role="textbox"
            aria-label={t('paneLabel', { lang: langName, n: segmentIndex + 1 })}
            onFocus={activate}
            onPointerDown={activate}
            className="min-h-7 cursor-text whitespace-pre-wrap"
            {...(typedShown !== null ? { children: typedShown } : { dangerouslySetInnerHTML: { __html: empty ? '' : paneHtml(content) } })}
          />
        )}
      </div>
      <div className="flex flex-wrap items-center gap-x-3 px-2 text-xs text-stone-600">
        {!isSource && (
          <StateSelect
            state={autosave.state}
            hasText={text.trim() !== ''}
            disabled={!editable}
            canReview={grid.canReview}
            label={t('stateLabel', { lang: langName, n: segmentIndex + 1 })}
            onChange={setState}
          />
        )}
        <span data-testid="counts" className="tabular-nums">
          {t('counts', { words: counts.words, characters: counts.characters })}
        </span>
        <span aria-live="polite" data-testid="save-status" data-status={autosave.status} className={`ms-auto ${autosave.status === 'error' || autosave.status === 'conflict' ? 'text-red-700' : ''}`}>
          {t(`status.${autosave.status}`)}
        </span>
      </div>
      {hasOriginal && <OriginalLock unlocked={unlocked} blocked={blocked} onToggle={() => (setUnlocked((u) => !u), setBlocked(false))} />}
      {!isSource && <QaFindings findings={[...segmentFindings, ...documentFindings]} />}
      {autosave.conflict && (
        <ConflictDialog
          lang={lang}
          mine={text}
          theirs={autosave.conflict.theirs.text}
          theirsBy={autosave.conflict.theirs.updatedByName}
          onChoose={onResolve}
        />
      )}
      {autosave.conflict && <ThreeWayView segmentId={segmentId} lang={lang} mine={text} theirs={autosave.conflict.theirs.text} theirsBy={autosave.conflict.theirs.updatedByName ?? autosave.conflict.theirs.updatedBy} />}
    </div>
  );
}

/** An edit of the pane's static text (offsets in that text) made in the editor, the caret after what it typed (a line break in it a new paragraph). */
function applyEdit(editor: Editor, edit: TextEdit): boolean {
  const doc = editor.getJSON() as PmNode;
  const end = editor.state.doc.content.size;
  const from = Math.min(posAtTextOffset(doc, edit.from), end);
  const to = Math.min(Math.max(from, posAtTextOffset(doc, edit.to)), end);
  // what was there goes, the caret where it was; then the typed text (a line break a new paragraph)
  const ok = editor
    .chain()
    .command(({ tr }) => {
      tr.delete(from, to);
      return true;
    })
    .setTextSelection(from)
    .run();
  if (ok && edit.text !== '') insertTyped(editor, edit.text);
  return ok;
}

/** Characters typed before the editor stood, inserted at its caret as plain text (a new line a new paragraph). */
function insertTyped(editor: Editor, text: string) {
  const chain = editor.chain();
  text.split(/\r?\n/u).forEach((line, i) => {
    if (i > 0) chain.splitBlock();
    if (line !== '') chain.insertContent({ type: 'text', text: line });
  });
  chain.run();
}
