'use client';

import { useCallback, useMemo, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import type { SegmentRow as SegmentData } from '@/lib/documents/views';
import type { RevisionRow } from '@/lib/documents/views';
import type { ActionResult } from '@/lib/contract/result';
import type { StoredConcept } from '@/lib/terms/glossary-views';
import { qaContext } from '@/lib/qa/run';
import type { QaContext } from '@/lib/qa/types';
import { buildTermIndex, type TermIndex } from '@/lib/terms';
import type { Concept } from '@/lib/terms/types';
import type { Lang } from '@/lib/text/lang';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';
import { EditorGridContext, type CellHandle, type EditorGrid, type NewConceptInput, type TermCardRequest } from './editor-grid-context';
import { termHighlightKey } from './plugins/term-highlight';
import { DocumentQaBar, DocumentQaProvider, useDocumentQa, type DocumentQaSummary } from './document-qa';
import { SegmentRow } from './segment-row';
import { SegmentFilterSelect } from './segment-filter';
import { useSegmentFilter } from './use-segment-filter';
import { TermCard } from './term-card';
import type { SaveFn } from './use-autosave';

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
  createConcept: (input: NewConceptInput) => Promise<ActionResult<StoredConcept>>;
  /** The document's QA per target language when the page was rendered. */
  qa: DocumentQaSummary[];
}

/** The side-by-side grid: one row per segment, the source column first, columns can be hidden. */
export function DocumentEditor(props: DocumentEditorProps) {
  const { documentId, sourceLang, langs, segments, merge, split, loadRevisions } = props;
  const { summaries, update: updateQa } = useDocumentQa(props.qa);
  const rawSave = props.save;
  // a save answers with the document-wide QA of the languages it touched: no second request
  const save = useCallback<SaveFn>(
    async (input) => {
      const r = await rawSave(input);
      if (r.ok) updateQa(r.value.qa);
      return r;
    },
    [rawSave, updateQa],
  );
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
    [createConceptAction, isShown, refreshDecorations, save, sourceLang],
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
        <DocumentQaBar documentId={documentId} summaries={summaries} />
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
        {props.aside}
        {card && <TermCard grid={grid} request={card} langs={visible} onClose={() => setCard(null)} />}
      </DocumentQaProvider>
    </EditorGridContext.Provider>
  );
}
