'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import type { SegmentRow as SegmentData } from '@/lib/documents/views';
import type { LangProgress, RevisionRow } from '@/lib/documents/views';
import { ProgressBar } from '@/components/documents/progress-bar';
import type { ActionResult } from '@/lib/contract/result';
import type { StoredConcept } from '@/lib/terms/glossary-views';
import { qaContext, runSegmentChecks } from '@/lib/qa/run';
import type { QaContext } from '@/lib/qa/types';
import { buildTermIndex, type TermIndex } from '@/lib/terms';
import type { Concept } from '@/lib/terms/types';
import type { Lang } from '@/lib/text/lang';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';
import { EditorGridContext, type CellHandle, type EditorGrid, type NewConceptInput, type NextKind, type TermCardRequest } from './editor-grid-context';
import { DocumentCounts, type FirstCounts } from './document-counts';
import { formatInteger, type IntegerSymbols } from '@/lib/i18n/integer-format';
import { ShortcutSheet, useShortcutSheet } from './shortcut-sheet';
import { idleQueue } from './idle-queue';
import { whenQuiet } from './when-quiet';
import { markOpen } from './open-marks';
import { editorCodeLoaded, loadPaneEditor } from './lazy-pane-editor';
import { paneShownText } from '@/lib/documents/pane-html';
import { textEdit } from '@/lib/text/text-edit';
import { useTypedTextCatcher } from './typed-text-catcher';
import { useDocumentSave } from './use-document-save';
import { useLiveRows } from './use-live-rows';
import { usePaneStore } from './use-pane-store';
import { typedPaneText, type StaticLabels } from './static-pane';
import { SEGMENT_KINDS } from '@/lib/documents/types';
import { useRows, type LoadRows } from './use-rows';
import { TERM_REFRESH } from './plugins/term-refresh';
import { DocumentQaBar, DocumentQaProvider, useDocumentQa, type DocumentQaSummary } from './document-qa';
import { SegmentRow } from './segment-row';
import { SegmentFilterSelect } from './segment-filter';
import { useSegmentFilter } from './use-segment-filter';
import { TermCard } from './term-card';
import type { SaveFn } from './use-autosave';
import { useLiveDocument, useLiveEditor } from '@/components/live/live-document';

export type SegmentView = SegmentData;

export interface DocumentEditorProps {
  /** A feature panel rendered inside the grid's context (the TM panel). */
  aside?: React.ReactNode;
  documentId: number;
  sourceLang: Lang;
  langs: Lang[];
  segments: SegmentView[];
  concepts: Concept[];
  save: SaveFn;
  merge: (documentId: number, segmentId: number) => Promise<ActionResult<unknown>>;
  split: (documentId: number, segmentId: number, offset: number) => Promise<ActionResult<unknown>>;
  loadRevisions: (segmentId: number) => Promise<ActionResult<RevisionRow[]>>;
  /** Creates the concept, or for a translator sends it to an editor as a proposal. */
  createConcept: (input: NewConceptInput) => Promise<ActionResult<StoredConcept | { proposed: true }>>;
  /** The document's QA per target language when the page was rendered. */
  qa: DocumentQaSummary[];
  /** Confirmed and reviewed counts per target language when the page was rendered; each save brings fresh ones. */
  progress: LangProgress[];
  /** Whether the user may set reviewed and final. */
  canReview: boolean;
  /** Whether the user may edit targets, the source (and split and merge), and add or propose glossary terms: the panes and actions follow. */
  canTranslate?: boolean;
  canEditSource?: boolean;
  canAddTerm?: boolean;
  /** How many rows the document has; `segments` may be only the first of them. */
  total: number;
  /** The document's QA, asked for after the editor opens when `qa` came empty with the page. */
  loadQa?: (documentId: number) => Promise<ActionResult<DocumentQaSummary[]>>;
  /** The rows from `offset` on, a chunk at a time (by default GET /api/documents/ID/rows). */
  loadRows?: LoadRows;
  /** How the UI's locale writes whole numbers (read on the server): row numbers without Intl while the page hydrates. */
  numbers: IntegerSymbols;
  /** The document's word and character counts as the server counted them, and their line in the UI's language. */
  firstCounts: FirstCounts;
}

/** The side-by-side grid: one row per segment, the source column first, columns can be hidden. */
export function DocumentEditor(props: DocumentEditorProps) {
  const { documentId, sourceLang, langs, merge, split, loadRevisions } = props;
  const { canTranslate = true, canEditSource = true, canAddTerm = true } = props;
  const loadedRows = useRows(documentId, props.segments, props.total, props.loadRows);
  const idle = useMemo(() => idleQueue(), []);
  // live: panes others saved are laid over the rows; own saves are not pushed back (components/live)
  const { segments, save: liveSave } = useLiveEditor(loadedRows, props.save, sourceLang);
  const live = useLiveDocument();
  const liveRef = useRef(live);
  liveRef.current = live;
  // the segments someone else is in: only their static rows follow presence
  const people = live?.people;
  const ownClient = live?.clientId;
  const present = useMemo(() => new Set((people ?? []).filter((p) => p.clientId !== ownClient && p.segmentId !== null).map((p) => p.segmentId as number)), [people, ownClient]);
  const segmentIds = useRef<number[]>([]);
  segmentIds.current = segments.map((x) => x.id);
  const segmentsRef = useRef(segments);
  segmentsRef.current = segments;
  const { summaries, update: updateQa } = useDocumentQa(props.qa);
  const loadQa = props.loadQa;
  const pageQa = props.qa;
  // asked again after each refresh of the page (merge, split), which brings an empty one again; once
  // the rows are in and the browser is idle (server actions run one at a time: it must not hold up a save)
  const rowsIn = loadedRows.length >= props.total;
  useEffect(() => {
    if (!loadQa || pageQa.length > 0 || !rowsIn) return;
    let stop = false;
    const cancel = idle(() => void loadQa(documentId).then((r) => !stop && r.ok && updateQa(r.value)));
    return () => {
      stop = true;
      cancel();
    };
  }, [documentId, idle, loadQa, pageQa, rowsIn, updateQa]);
  const summariesRef = useRef(summaries);
  summariesRef.current = summaries;
  const store = usePaneStore(segments, sourceLang, langs, props.segments, loadedRows, props.firstCounts.counts);
  const paneData = store.data;
  const { save, progress } = useDocumentSave({ save: liveSave, progress: props.progress, updateQa, remember: store.remember });
  const [keysOpen, setKeysOpen] = useShortcutSheet();
  const t = useTranslations('Editor');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [hidden, setHidden] = useState<Lang[]>([]);
  const [busy, startTransition] = useTransition();
  const [error, setError] = useState<ErrorLike | null>(null);
  const [card, setCard] = useState<TermCardRequest | null>(null);
  const [glossaryVersion, setGlossaryVersion] = useState(0);
  const cells = useRef(new Map<string, CellHandle>());
  const lastTargets = useRef(new Map<number, Lang>());
  // the glossary is indexed once per page (and again only when a concept is added from here)
  const glossary = useRef<{ concepts: Map<string, Concept>; index: TermIndex | null | undefined; qa: Map<Lang, QaContext> }>(null as never);
  if (glossary.current === null) {
    // the index is built when first asked for (an editor's term underlines, a finding), not while the page hydrates
    glossary.current = { concepts: new Map(props.concepts.map((c) => [c.id, c])), index: undefined, qa: new Map() };
  }
  const visible = useMemo(() => langs.filter((l) => !hidden.includes(l)), [langs, hidden]);
  const visibleRef = useRef(visible);
  visibleRef.current = visible;
  const numbers = props.numbers;
  const labels = useMemo<StaticLabels>(() => {
    // the row number goes in after formatting, as the message would format it (lib/i18n/integer-format.ts)
    const N = '\u2063N\u2063';
    const fill = (template: string, n: number) => template.replace(N, formatInteger(n, numbers));
    const pane = Object.fromEntries(langs.map((l) => [l, t('paneLabel', { lang: t(`lang.${l}`), n: N })]));
    const segment = t('segmentLabel', { n: N });
    return {
      kind: Object.fromEntries(SEGMENT_KINDS.map((k) => [k, t(`kind.${k}`)])) as StaticLabels['kind'],
      state: Object.fromEntries((['initial', 'draft', 'translated', 'reviewed', 'final'] as const).map((st) => [st, t(`state.${st}`)])) as StaticLabels['state'],
      placeholder: Object.fromEntries(langs.filter((l) => l !== sourceLang).map((l) => [l, t('placeholder', { lang: t(`lang.${l}`) })])),
      doNotTranslate: t('doNotTranslate'),
      pane: (lang, n) => fill(pane[lang] ?? '', n),
      segment: (n) => fill(segment, n),
    };
  }, [numbers, langs, sourceLang, t]);
  const createConceptAction = props.createConcept;
  const catcher = useTypedTextCatcher(useCallback((i: number, lang: Lang) => labels.pane(lang, i + 1), [labels]), t('typedCatcher'));
  const catchKeys = catcher.catchKeys;

  // a row scrolled away goes back to static HTML only when nothing in it is unsaved or focused
  const { live: liveRows, observe, makeLive } = useLiveRows((i, row) => !row.contains(document.activeElement) && visibleRef.current.every((l) => cells.current.get(`${i}:${l}`)?.status().clean ?? true), idle);
  const pendingActivation = useRef<string | null>(null);
  const activateAt = useCallback(
    (i: number, lang: Lang) => {
      const cell = cells.current.get(`${i}:${lang}`);
      if (cell) return cell.activate();
      pendingActivation.current = `${i}:${lang}`;
      makeLive(i);
      // the row turns live (its panes replaced): keys typed meanwhile wait for the pane's editor
      const seg = segmentsRef.current[i];
      if (seg && (lang === sourceLang ? canEditSource : canTranslate && !seg.doNotTranslate)) catchKeys(i, lang);
    },
    [canEditSource, canTranslate, catchKeys, makeLive, sourceLang],
  );

  // A static pane the user may edit takes the caret and keys itself (its HTML is editable): clicked
  // before the editor's code is in the page, it keeps them until the code is there, then its row turns
  // live (the next effect); what was typed into it goes to its editor (keepTyped). Clicked after, as before.
  const staticActivate = useCallback(
    (i: number, lang: Lang) => {
      const seg = segmentsRef.current[i];
      const editable = seg !== undefined && (lang === sourceLang ? canEditSource : canTranslate && !seg.doNotTranslate);
      if (editable && !editorCodeLoaded()) return void touched.current.add(`${i}:${lang}`);
      activateAt(i, lang);
    },
    [activateAt, canEditSource, canTranslate, sourceLang],
  );
  // static panes clicked before the editor's code came (they may have been typed into, then left)
  const touched = useRef(new Set<string>());
  const activateRef = useRef(activateAt);
  activateRef.current = activateAt;
  const firstRows = props.segments.length;
  useEffect(() => {
    markOpen('hydrated');
    let stop = false;
    // The editor's code is not in the page's first script, and not needed for the first keys (a static
    // pane takes them itself): asked for when the page has been quiet for a moment after hydration and
    // the browser is idle, so that its compiling (a long task) does not fall between a click and a key.
    const cancel = whenQuiet(
      () =>
        void loadPaneEditor().then(
          () => {
            if (stop) return;
            // a static pane that holds the caret (clicked, maybe typed into, before the code came) turns
            // live with it; one typed into and left turns live too (keepTyped takes its text). Typed
            // into before hydration: only the rows that came with the page; after: only clicked panes.
            const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-static-pane]') : null;
            const typedInto = [...document.querySelectorAll<HTMLElement>('[data-static-pane][contenteditable]')].filter((el) => {
              const [n, lang] = (el.dataset.staticPane ?? '').split(':') as [string, Lang];
              if (el === focused || (Number(n) >= firstRows && !touched.current.has(`${n}:${lang}`))) return false;
              const seg = segmentsRef.current[Number(n)];
              const pane = seg && paneDataRef.current(seg, lang);
              return pane !== undefined && paneShownText(pane) !== typedPaneText(el);
            });
            touched.current.clear();
            for (const el of typedInto) makeLiveRef.current(Number(el.dataset.staticPane!.split(':')[0]));
            const [i, lang] = (focused?.dataset.staticPane ?? '').split(':');
            if (focused && i !== undefined && lang) activateRef.current(Number(i), lang as Lang);
          },
          () => {},
        ),
      { quietMs: 300, maxMs: 3000 },
    );
    return () => {
      stop = true;
      cancel();
    };
  }, []);
  const paneDataRef = useRef(paneData);
  paneDataRef.current = paneData;
  const makeLiveRef = useRef(makeLive);
  makeLiveRef.current = makeLive;
  // What was typed into a static pane's HTML, kept when the pane leaves the page (its row turning live:
  // React calls a ref's cleanup before it removes the element): the edit, against the text the pane
  // showed, goes to the pane's editor; a pane that held the caret gets it back in its editor, and keys
  // typed meanwhile wait in the catcher. One function for every pane, so React calls it only then.
  const keepTypedRef = useRef<(el: HTMLElement) => void>(() => {});
  keepTypedRef.current = (el: HTMLElement) => {
    const [n, lang] = (el.dataset.staticPane ?? '').split(':') as [string, Lang];
    const i = Number(n);
    const seg = segmentsRef.current[i];
    if (!seg) return;
    const pane = paneData(seg, lang);
    const typed = typedPaneText(el);
    const edit = textEdit(paneShownText(pane), typed);
    if (edit) catcher.keepEdit(i, lang, edit, typed);
    if (el.contains(document.activeElement)) {
      pendingActivation.current = `${i}:${lang}`;
      catchKeys(i, lang);
    }
  };
  const keepTyped = useCallback((el: HTMLElement | null) => {
    if (!el) return;
    return () => keepTypedRef.current(el);
  }, []);

  const qaContextOf = useCallback(
    (lang: Lang) => {
      let ctx = glossary.current.qa.get(lang);
      if (!ctx) {
        ctx = qaContext(sourceLang, lang, [...glossary.current.concepts.values()]);
        glossary.current.qa.set(lang, ctx);
      }
      return ctx;
    },
    [sourceLang],
  );

  // a pane of a static row: what is stored, its QA computed on demand
  const cellAt = useCallback(
    (i: number, lang: Lang): CellHandle | undefined => {
      const live = cells.current.get(`${i}:${lang}`);
      const seg = segments[i];
      if (live || !seg || !visibleRef.current.includes(lang)) return live;
      const isSource = lang === sourceLang;
      return {
        activate: () => activateAt(i, lang),
        editor: () => null,
        status: () => {
          const pane = paneData(seg, lang);
          return {
            state: isSource ? 'final' : pane.state,
            editable: isSource ? canEditSource : canTranslate && !seg.doNotTranslate,
            clean: true,
            // run only when asked (F8, the findings filter), not for "next unconfirmed"
            get findings() {
              if (isSource) return 0;
              const unitId = String(seg.id);
              const documentWide = summariesRef.current.get(lang)?.documentFindings.filter((f) => f.unitId === unitId).length ?? 0;
              if (pane.text.trim() === '') return documentWide;
              return documentWide + runSegmentChecks({ unitId, sourceText: paneData(seg, sourceLang).text, targetText: pane.text }, qaContextOf(lang)).length;
            },
          };
        },
      };
    },
    [activateAt, canEditSource, canTranslate, paneData, qaContextOf, segments, sourceLang],
  );
  const statusOf = useCallback((i: number, lang: Lang) => cellAt(i, lang)?.status(), [cellAt]);
  const rows = useSegmentFilter(segments, statusOf);
  const isShown = rows.isShown;

  const refreshDecorations = useCallback(() => {
    for (const cell of cells.current.values()) {
      const e = cell.editor();
      if (e) e.view.dispatch(e.state.tr.setMeta(TERM_REFRESH, true));
    }
  }, []);

  const grid = useMemo<EditorGrid>(
    () => ({
      save,
      sourceLang,
      register: (i, lang, handle) => {
        const key = `${i}:${lang}`;
        if (!handle) return void cells.current.delete(key);
        cells.current.set(key, handle);
        // the pane a click or a key asked for while its row was static
        if (pendingActivation.current === key) {
          pendingActivation.current = null;
          handle.activate();
        } else if (catcher.hasEdit(i, lang)) handle.mount?.();
      },
      move: (i, lang, delta) => {
        // rows the filter hides are skipped
        let j = i + delta;
        while (j >= 0 && j < segments.length && !isShown(j)) j += delta;
        cellAt(j, lang)?.activate();
      },
      cell: cellAt,
      next: (i, lang, kind: NextKind) => {
        const n = segments.length;
        // two translators are not sent to the same segment: skip those someone else is editing now
        const taken = kind === 'unconfirmed' ? (liveRef.current?.takenByOthers(lang) ?? new Set<number>()) : new Set<number>();
        for (let step = 1; step < n; step++) {
          const j = (i + step) % n;
          const cell = cellAt(j, lang);
          if (!cell || !isShown(j) || taken.has(segmentIds.current[j]!)) continue;
          const st = cell.status();
          if (kind === 'unconfirmed' ? st.editable && st.state === 'initial' : st.findings > 0) {
            cell.activate();
            return true;
          }
        }
        return false;
      },
      canReview: props.canReview,
      asked: (i, lang) => pendingActivation.current === `${i}:${lang}`,
      catchKeys,
      takeTyped: catcher.takeTyped,
      takeLate: catcher.takeLate,
      typedShown: catcher.typedShown,
      showKeys: () => setKeysOpen(true),
      idle,
      remember: store.remember,
      termIndex: () => {
        const g = glossary.current;
        if (g.index === undefined) g.index = g.concepts.size ? buildTermIndex([...g.concepts.values()]) : null;
        return g.index;
      },
      concept: (id) => glossary.current.concepts.get(id),
      qaContext: qaContextOf,
      showTermCard: setCard,
      lastTarget: (i) => lastTargets.current.get(i) ?? null,
      setLastTarget: (i, lang) => lastTargets.current.set(i, lang),
      createConcept: async (input) => {
        const r = await createConceptAction(input);
        // a proposal waits for an editor: nothing to index yet
        if (!r.ok || 'proposed' in r.value) return r;
        const g = glossary.current;
        g.concepts.set(r.value.id, r.value);
        g.index = buildTermIndex([...g.concepts.values()]);
        g.qa.clear();
        refreshDecorations();
        setGlossaryVersion((v) => v + 1);
        return r;
      },
    }),
    [catchKeys, catcher.hasEdit, catcher.takeLate, catcher.takeTyped, catcher.typedShown, cellAt, createConceptAction, idle, isShown, props.canReview, qaContextOf, refreshDecorations, save, segments.length, setKeysOpen, sourceLang, store.remember],
  );

  const structural = useCallback(
    (action: () => Promise<ActionResult<unknown>>) => {
      setError(null);
      startTransition(async () => {
        const r = await action();
        if (!r.ok) setError(r);
        router.refresh();
      });
    },
    [router],
  );
  const onMerge = useCallback((id: number) => structural(() => merge(documentId, id)), [documentId, merge, structural]);
  const onSplit = useCallback((id: number, offset: number) => structural(() => split(documentId, id, offset)), [documentId, split, structural]);

  return (
    <EditorGridContext.Provider value={grid}>
      <DocumentQaProvider summaries={summaries}>
        <div className="mb-3 grid max-w-2xl gap-2 sm:grid-cols-2" data-testid="progress" aria-live="polite">
          {progress.map((p) => (
            <ProgressBar key={p.lang} progress={p} />
          ))}
        </div>
        <DocumentQaBar documentId={documentId} summaries={summaries} />
        <DocumentCounts langs={langs} counts={store.counts} first={props.firstCounts} />
        <fieldset className="mb-3 flex flex-wrap items-center gap-4 text-sm">
          <legend className="sr-only">{t('columns')}</legend>
          {langs.map((lang) => (
            <label key={lang} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={!hidden.includes(lang)}
                disabled={lang === sourceLang}
                onChange={(e) => setHidden((h) => (e.target.checked ? h.filter((x) => x !== lang) : [...h, lang]))}
              />
              {t('showColumn', { lang: t(`lang.${lang}`) })}
            </label>
          ))}
          <SegmentFilterSelect
          targets={langs.filter((l) => l !== sourceLang)}
          filter={rows.filter}
          shown={rows.shown?.size ?? segments.length}
          total={segments.length}
          onChange={rows.setFilter}
        />
        <span className="text-stone-600">{t('keysHint')}</span>
        <button type="button" className="text-emerald-800 underline" onClick={() => setKeysOpen(true)} aria-keyshortcuts="?">
          {t('keysButton')}
        </button>
        </fieldset>
        {error && (
          <p role="alert" data-testid="error-message" className="mb-2 rounded bg-red-50 p-2 text-sm text-red-800">
            {errorMessage(error)}
          </p>
        )}
        <div className="sticky top-0 z-10 grid gap-3 border-b border-stone-300 bg-stone-50 py-2 text-sm font-semibold" style={{ gridTemplateColumns: `repeat(${visible.length}, minmax(0, 1fr))` }}>
          {visible.map((lang) => (
            <div key={lang} className="px-2">
              {t(`lang.${lang}`)} {lang === sourceLang && <span className="font-normal text-stone-600">({t('source')})</span>}
            </div>
          ))}
        </div>
        <ol className="list-none p-0">
          {segments.map((segment, i) => (
            <SegmentRow
              key={segment.id}
              segment={segment}
              index={i}
              isLast={i === props.total - 1}
              sourceLang={sourceLang}
              langs={visible}
              busy={busy}
              glossaryVersion={glossaryVersion}
              hidden={rows.shown !== null && !rows.shown.has(i)}
              liveRows={liveRows}
              deferLayout={i >= props.segments.length}
              present={present.has(segment.id)}
              observe={observe}
              onActivate={staticActivate}
              keepTyped={keepTyped}
              paneData={paneData}
              labels={labels}
              onMerge={onMerge}
              onSplit={onSplit}
              loadRevisions={loadRevisions}
              canTranslate={canTranslate}
              canEditSource={canEditSource}
              canAddTerm={canAddTerm}
            />
          ))}
        </ol>
        {catcher.element}
        {props.aside}
        {card && <TermCard grid={grid} request={card} langs={visible} onClose={() => setCard(null)} />}
        {keysOpen && <ShortcutSheet onClose={() => setKeysOpen(false)} />}
      </DocumentQaProvider>
    </EditorGridContext.Provider>
  );
}
