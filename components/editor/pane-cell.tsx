'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Editor } from '@tiptap/react';
import { confirmedState } from '@/lib/documents/translation-state';
import { TRANSLATION_STATES, type PmNode, type TranslationState } from '@/lib/documents/types';
import { dirOf, type Lang } from '@/lib/text/lang';
import { ConflictDialog } from './conflict-dialog';
import { ThreeWayView } from '@/components/live/three-way-view';
import { useEditorGrid } from './editor-grid-context';
import { PaneEditor } from './pane-editor';
import { QaFindings } from './qa-findings';
import { StaticContent } from './static-content';
import { GuardOriginal } from './plugins/guard-original';
import { TermHighlight } from './plugins/term-highlight';
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

  const findingsCount = useRef(0);
  findingsCount.current = isSource ? 0 : segmentFindings.length + documentFindings.length;
  useEffect(() => {
    grid.register(segmentIndex, lang, { activate, editor: () => editorRef.current, status: () => ({ state: stateRef.current, findings: findingsCount.current }) });
    return () => grid.register(segmentIndex, lang, null);
  }, [grid, segmentIndex, lang, activate]);

  const triggers = useTermCardTriggers(grid, editorRef, segmentIndex, lang);
  const [unlocked, setUnlocked] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const unlockedRef = useRef(false);
  unlockedRef.current = unlocked;
  const [hasOriginal, setHasOriginal] = useState(() => JSON.stringify(props.content ?? {}).includes('"originalWording"'));

  const extensions = useMemo(
    () => [
      TermHighlight.configure({ lang, isTarget: !isSource, getIndex: grid.termIndex, onMatches: triggers.setMatches }),
      GuardOriginal.configure({ isUnlocked: () => unlockedRef.current, onBlocked: () => setBlocked(true) }),
    ],
    [grid, isSource, lang, triggers.setMatches],
  );

  const onConfirm = useCallback(() => {
    const e = editorRef.current;
    if (e && !isSource) {
      autosave.schedule({ content: e.getJSON() as PmNode, text: e.getText({ blockSeparator: '\n' }), state: confirmedState(stateRef.current) }, true);
    }
    grid.move(segmentIndex, lang, 1);
  }, [autosave, grid, isSource, lang, segmentIndex]);

  // an editor approving a segment: the state is saved with the text, as a new version
  function setState(state: TranslationState) {
    const e = editorRef.current;
    const current = e ? (e.getJSON() as PmNode) : (content ?? { type: 'doc', content: [{ type: 'paragraph' }] });
    autosave.schedule({ content: current, text: e ? e.getText({ blockSeparator: '\n' }) : text, state }, true);
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
        onMouseOver={triggers.onMouseOver}
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
            onSelection={triggers.onSelection}
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
        {!isSource ? (
          <select
            data-testid="state"
            value={autosave.state}
            disabled={text.trim() === '' || !editable}
            aria-label={t('stateLabel', { lang: langName, n: segmentIndex + 1 })}
            onChange={(e) => setState(e.target.value as TranslationState)}
            className="rounded border border-transparent bg-transparent py-0.5 hover:border-stone-300"
          >
            {TRANSLATION_STATES.map((st) => (
              <option key={st} value={st}>
                {t(`state.${st}`)}
              </option>
            ))}
          </select>
        ) : (
          <span />
        )}
        <span aria-live="polite" data-testid="save-status" data-status={autosave.status} className={autosave.status === 'error' || autosave.status === 'conflict' ? 'text-red-700' : ''}>
          {t(`status.${autosave.status}`)}
        </span>
      </div>
      {hasOriginal && <OriginalLock unlocked={unlocked} blocked={blocked} onToggle={() => (setUnlocked((u) => !u), setBlocked(false))} />}
      {!isSource && <QaFindings findings={[...segmentFindings, ...documentFindings]} />}
      {autosave.conflict && (
        <ConflictDialog lang={lang} mine={autosave.conflict.mine.text} theirs={autosave.conflict.theirs.text} theirsBy={autosave.conflict.theirs.updatedBy} onChoose={onResolve} />
      )}
      {autosave.conflict && <ThreeWayView segmentId={segmentId} lang={lang} mine={autosave.conflict.mine.text} theirs={autosave.conflict.theirs.text} theirsBy={autosave.conflict.theirs.updatedBy} />}
    </div>
  );
}
