'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import type { SegmentRow as SegmentData } from '@/lib/documents/views';
import type { LangProgress, RevisionRow } from '@/lib/documents/views';
import { countText, addCounts, ZERO_COUNTS, type TextCounts } from '@/lib/text/word-count';
import { ProgressBar } from '@/components/documents/progress-bar';
import type { ActionResult } from '@/lib/contract/result';
import type { StoredConcept } from '@/lib/terms/glossary-views';
import { qaContext } from '@/lib/qa/run';
import type { QaContext } from '@/lib/qa/types';
import { buildTermIndex, type TermIndex } from '@/lib/terms';
import type { Concept } from '@/lib/terms/types';
import type { Lang } from '@/lib/text/lang';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';
import { EditorGridContext, type CellHandle, type EditorGrid, type NewConceptInput, type NextKind, type TermCardRequest } from './editor-grid-context';
import { DocumentCounts } from './document-counts';
import { ShortcutSheet, typingTarget } from './shortcut-sheet';
import { termHighlightKey } from './plugins/term-highlight';
import { DocumentQaBar, DocumentQaProvider, useDocumentQa, type DocumentQaSummary } from './document-qa';
import { SegmentRow } from './segment-row';
import { SegmentFilterSelect } from './segment-filter';
import { useSegmentFilter } from './use-segment-filter';
import { TermCard } from './term-card';
import type { SaveFn } from './use-autosave';

export type SegmentView = SegmentData;

export interface DocumentEditorProps {
  documentId: number;
  sourceLang: Lang;
  langs: Lang[];
  segments: SegmentView[];
  concepts: Concept[];
  save: SaveFn;
  merge: (documentId: number, segmentId: number) => Promise<ActionResult<unknown>>;
  split: (documentId: number, segmentId: number, offset: number) => Promise<ActionResult<unknown>>;
  loadRevisions: (segmentId: number) => Promise<ActionResult<RevisionRow[]>>;
  createConcept: (input: NewConceptInput) => Promise<ActionResult<StoredConcept>>;
  /** The document's QA per target language when the page was rendered. */
  qa: DocumentQaSummary[];
  /** Confirmed and reviewed counts per target language when the page was rendered; each save brings fresh ones. */
  progress: LangProgress[];
  /** Whether the user may set reviewed and final. */
  canReview: boolean;
}

const countKey = (segmentId: number, lang: Lang) => `${segmentId}:${lang}`;

/** The side-by-side grid: one row per segment, the source column first, columns can be hidden. */
export function DocumentEditor(props: DocumentEditorProps) {
  const { documentId, sourceLang, langs, segments, merge, split, loadRevisions } = props;
  const { summaries, update: updateQa } = useDocumentQa(props.qa);
  const rawSave = props.save;
  const [progress, setProgress] = useState(props.progress);
  useEffect(() => setProgress(props.progress), [props.progress]);
  const saveSeq = useRef({ sent: 0, applied: 0 });
  // the texts the word counts are made of: as loaded, then as saved
  const texts = useRef<Map<string, { lang: Lang; text: string }>>(null as never);
  if (texts.current === null) {
    texts.current = new Map();
    for (const s of segments) {
      texts.current.set(countKey(s.id, sourceLang), { lang: sourceLang, text: s.text });
      for (const [lang, tr] of Object.entries(s.translations)) texts.current.set(countKey(s.id, lang as Lang), { lang: lang as Lang, text: tr!.text });
    }
  }
  const [countsVersion, setCountsVersion] = useState(0);
  // a save answers with the document-wide QA of the languages it touched and the progress: no second request
  const save = useCallback<SaveFn>(
    async (input) => {
      const seq = ++saveSeq.current.sent;
      const r = await rawSave(input);
      if (r.ok) {
        updateQa(r.value.qa);
        // answers can overtake each other: only a newer one moves the bars
        if (seq > saveSeq.current.applied) {
          saveSeq.current.applied = seq;
          if (r.value.progress.length) setProgress(r.value.progress);
        }
        texts.current.set(countKey(input.segmentId, input.lang), { lang: input.lang, text: input.text });
        setCountsVersion((v) => v + 1);
      }
      return r;
    },
    [rawSave, updateQa],
  );
  const counts = useMemo(() => {
    const out = Object.fromEntries(langs.map((l) => [l, ZERO_COUNTS])) as Record<Lang, TextCounts>;
    for (const { lang, text } of texts.current.values()) if (out[lang]) out[lang] = addCounts(out[lang], countText(text, lang));
    return out;
    // countsVersion: recount after a save
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [langs, countsVersion, segments]);
  const [keysOpen, setKeysOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingTarget(e.target)) || (e.key === '/' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        setKeysOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
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
  const glossary = useRef<{ concepts: Map<string, Concept>; index: TermIndex | null; qa: Map<Lang, QaContext> }>(null as never);
  if (glossary.current === null) {
    glossary.current = { concepts: new Map(props.concepts.map((c) => [c.id, c])), index: props.concepts.length ? buildTermIndex(props.concepts) : null, qa: new Map() };
  }
  const visible = langs.filter((l) => !hidden.includes(l));
  const rows = useSegmentFilter(segments, cells);
  const isShown = rows.isShown;
  const createConceptAction = props.createConcept;

  const refreshDecorations = useCallback(() => {
    for (const cell of cells.current.values()) {
      const e = cell.editor();
      if (e) e.view.dispatch(e.state.tr.setMeta(termHighlightKey, true));
    }
  }, []);

  const grid = useMemo<EditorGrid>(
    () => ({
      save,
      sourceLang,
      register: (i, lang, handle) => {
        if (handle) cells.current.set(`${i}:${lang}`, handle);
        else cells.current.delete(`${i}:${lang}`);
      },
      move: (i, lang, delta) => {
        // rows the filter hides are skipped
        let j = i + delta;
        while (cells.current.has(`${j}:${lang}`) && !isShown(j)) j += delta;
        cells.current.get(`${j}:${lang}`)?.activate();
      },
      cell: (i, lang) => cells.current.get(`${i}:${lang}`),
      next: (i, lang, kind: NextKind) => {
        const n = segments.length;
        for (let step = 1; step < n; step++) {
          const j = (i + step) % n;
          const cell = cells.current.get(`${j}:${lang}`);
          if (!cell || !isShown(j)) continue;
          const st = cell.status();
          if (kind === 'unconfirmed' ? st.editable && st.state === 'initial' : st.findings > 0) {
            cell.activate();
            return true;
          }
        }
        return false;
      },
      canReview: props.canReview,
      showKeys: () => setKeysOpen(true),
      termIndex: () => glossary.current.index,
      concept: (id) => glossary.current.concepts.get(id),
      qaContext: (lang) => {
        let ctx = glossary.current.qa.get(lang);
        if (!ctx) {
          ctx = qaContext(sourceLang, lang, [...glossary.current.concepts.values()]);
          glossary.current.qa.set(lang, ctx);
        }
        return ctx;
      },
      showTermCard: setCard,
      lastTarget: (i) => lastTargets.current.get(i) ?? null,
      setLastTarget: (i, lang) => lastTargets.current.set(i, lang),
      createConcept: async (input) => {
        const r = await createConceptAction(input);
        if (!r.ok) return r;
        const g = glossary.current;
        g.concepts.set(r.value.id, r.value);
        g.index = buildTermIndex([...g.concepts.values()]);
        g.qa.clear();
        refreshDecorations();
        setGlossaryVersion((v) => v + 1);
        return r;
      },
    }),
    [createConceptAction, isShown, props.canReview, refreshDecorations, save, segments.length, sourceLang],
  );

  function structural(action: () => Promise<ActionResult<unknown>>) {
    setError(null);
    startTransition(async () => {
      const r = await action();
      if (!r.ok) setError(r);
      router.refresh();
    });
  }

  return (
    <EditorGridContext.Provider value={grid}>
      <DocumentQaProvider summaries={summaries}>
        <div className="mb-3 grid max-w-2xl gap-2 sm:grid-cols-2" data-testid="progress" aria-live="polite">
          {progress.map((p) => (
            <ProgressBar key={p.lang} progress={p} />
          ))}
        </div>
        <DocumentQaBar documentId={documentId} summaries={summaries} />
        <DocumentCounts langs={langs} counts={counts} />
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
              isLast={i === segments.length - 1}
              sourceLang={sourceLang}
              langs={visible}
              busy={busy}
              glossaryVersion={glossaryVersion}
            hidden={rows.shown !== null && !rows.shown.has(i)}
              onMerge={(id) => structural(() => merge(documentId, id))}
              onSplit={(id, offset) => structural(() => split(documentId, id, offset))}
              loadRevisions={loadRevisions}
            />
          ))}
        </ol>
        {card && <TermCard grid={grid} request={card} langs={visible} onClose={() => setCard(null)} />}
        {keysOpen && <ShortcutSheet onClose={() => setKeysOpen(false)} />}
      </DocumentQaProvider>
    </EditorGridContext.Provider>
  );
}
