'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { Editor } from '@tiptap/react';
import type { PmNode, TranslationState } from '@/lib/documents/types';
import { dirOf, type Lang } from '@/lib/text/lang';
import { ConflictDialog } from './conflict-dialog';
import { useEditorGrid } from './editor-grid-context';
import { PaneEditor } from './pane-editor';
import { QaFindings } from './qa-findings';
import { StaticContent } from './static-content';
import { GuardOriginal } from './plugins/guard-original';
import { TermHighlight, type PositionedMatch } from './plugins/term-highlight';
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
  const matches = useRef<PositionedMatch[]>([]);
  const [mounted, setMounted] = useState(false);
  const [focusOnMount, setFocusOnMount] = useState(false);
  const [content, setContent] = useState<PmNode | null>(props.content);
  const [text, setText] = useState(props.text);
  // what is known to be stored, so that events which change nothing never cause a save
  const lastKnown = useRef<string | null>(null);
  const autosave = useAutosave({ segmentId, lang, version: props.version, state: props.state, save: grid.save });
  const stateRef = useRef(autosave.state);
  stateRef.current = autosave.state;
  const documentFindings = useDocumentFindings(lang, String(segmentId));
  const segmentFindings = useSegmentQa({ enabled: !isSource, unitId: String(segmentId), sourceText: props.sourceText, targetText: text, targetLang: lang, grid });

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
    grid.register(segmentIndex, lang, { activate, editor: () => editorRef.current });
    return () => grid.register(segmentIndex, lang, null);
  }, [grid, segmentIndex, lang, activate]);

  const [unlocked, setUnlocked] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const unlockedRef = useRef(false);
  unlockedRef.current = unlocked;
  const [hasOriginal, setHasOriginal] = useState(() => JSON.stringify(props.content ?? {}).includes('"originalWording"'));

  const extensions = useMemo(
    () => [
      TermHighlight.configure({ lang, isTarget: !isSource, getIndex: grid.termIndex, onMatches: (m) => (matches.current = m) }),
      GuardOriginal.configure({ isUnlocked: () => unlockedRef.current, onBlocked: () => setBlocked(true) }),
    ],
    [grid, isSource, lang],
  );

  const onConfirm = useCallback(() => {
    const e = editorRef.current;
    if (e && !isSource) {
      const next: TranslationState = stateRef.current === 'initial' ? 'translated' : stateRef.current;
      autosave.schedule({ content: e.getJSON() as PmNode, text: e.getText({ blockSeparator: '\n' }), state: next }, true);
    }
    grid.move(segmentIndex, lang, 1);
  }, [autosave, grid, isSource, lang, segmentIndex]);

  // keyboard access to the term card: the caret inside a recognized term opens it
  const onSelection = useCallback(
    (e: Editor) => {
      const { from, empty } = e.state.selection;
      const m = empty ? matches.current.find((x) => from > x.from && from < x.to) : undefined;
      if (!m) return grid.showTermCard(null);
      const start = e.view.coordsAtPos(m.from);
      const end = e.view.coordsAtPos(m.to);
      grid.showTermCard({ match: m, segmentIndex, paneLang: lang, byCaret: true, rect: { left: Math.min(start.left, end.left), right: Math.max(start.right, end.right), top: start.top, bottom: start.bottom } });
    },
    [grid, lang, segmentIndex],
  );

  function onMouseOver(e: MouseEvent<HTMLDivElement>) {
    const el = (e.target as HTMLElement).closest<HTMLElement>('.term-match');
    if (!el || !editorRef.current) return;
    // the text node inside the decoration maps exactly; the wrapper element itself may not
    const text = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode() ?? el;
    const pos = editorRef.current.view.posAtDOM(text, 0);
    const conceptId = el.dataset.conceptId;
    const m =
      matches.current.find((x) => pos >= x.from && pos < x.to && x.conceptId === conceptId) ??
      matches.current.filter((x) => x.conceptId === conceptId).sort((a, b) => Math.abs(a.from - pos) - Math.abs(b.from - pos))[0];
    if (m) grid.showTermCard({ match: m, segmentIndex, paneLang: lang, byCaret: false, rect: el.getBoundingClientRect() });
  }

  const onResolve = (choice: 'mine' | 'theirs') => {
    const chosen = autosave.resolve(choice);
    if (choice === 'theirs' && chosen && editorRef.current) {
      const c = (chosen as { content: PmNode | null }).content;
      editorRef.current.commands.setContent((c ?? { type: 'doc', content: [{ type: 'paragraph' }] }) as object, { emitUpdate: false });
      lastKnown.current = JSON.stringify(editorRef.current.getJSON());
      setContent(c);
      setText((chosen as { text: string }).text);
    }
  };

  const langName = t(`lang.${lang}`);
  const dir = dirOf(lang);
  return (
    <div className="min-w-0" data-testid={`cell-${segmentId}-${lang}`} data-lang={lang}>
      <div
        ref={box}
        lang={lang}
        dir={dir}
        onMouseOver={onMouseOver}
        onFocus={() => !isSource && grid.setLastTarget(segmentIndex, lang)}
        className="pane-text rounded border border-transparent px-2 py-1 focus-within:border-emerald-600 hover:border-stone-300"
      >
        {mounted ? (
          <PaneEditor
            lang={lang}
            content={content}
            editable={editable}
            autoFocus={focusOnMount}
            label={t('paneLabel', { lang: langName, n: segmentIndex + 1 })}
            placeholder={isSource ? '' : t('placeholder', { lang: langName })}
            extensions={extensions}
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
            onTerm={(n) => props.onTerm?.(n, lang)}
            onSelection={onSelection}
            onReady={(e) => {
              editorRef.current = e;
              lastKnown.current = JSON.stringify(e.getJSON());
              props.onEditor?.(lang, e);
            }}
          />
        ) : (
          <div tabIndex={0} role="textbox" aria-label={t('paneLabel', { lang: langName, n: segmentIndex + 1 })} onFocus={activate} onPointerDown={activate} className="min-h-7 cursor-text">
            {text.trim() === '' && !isSource ? <p className="text-stone-500">{t('placeholder', { lang: langName })}</p> : <StaticContent doc={content} />}
          </div>
        )}
      </div>
      <div className="flex items-center justify-between px-2 text-xs text-stone-600">
        {!isSource ? <span data-testid="state">{t(`state.${autosave.state}`)}</span> : <span />}
        <span aria-live="polite" data-testid="save-status" data-status={autosave.status} className={autosave.status === 'error' || autosave.status === 'conflict' ? 'text-red-700' : ''}>
          {t(`status.${autosave.status}`)}
        </span>
      </div>
      {hasOriginal && (
        <div className="flex items-center gap-2 px-2 text-xs text-violet-900" data-testid="original-lock">
          <span>{unlocked ? t('originalUnlocked') : blocked ? t('originalBlocked') : t('originalLocked')}</span>
          <button type="button" aria-pressed={unlocked} className="underline" onClick={() => (setUnlocked((u) => !u), setBlocked(false))}>
            {unlocked ? t('lockOriginal') : t('unlockOriginal')}
          </button>
        </div>
      )}
      {!isSource && <QaFindings findings={[...segmentFindings, ...documentFindings]} />}
      {autosave.conflict && (
        <ConflictDialog lang={lang} mine={autosave.conflict.mine.text} theirs={autosave.conflict.theirs.text} theirsBy={autosave.conflict.theirs.updatedBy} onChoose={onResolve} />
      )}
    </div>
  );
}
