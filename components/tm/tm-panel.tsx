'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/contract/result';
import type { SegmentLookup, TmMatch } from '@/lib/tm/types';
import type { Lang } from '@/lib/text/lang';
import { Link } from '@/lib/i18n/navigation';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';
import { useEditorGrid } from '@/components/editor/editor-grid-context';
import { applyToPane, insertIntoPane, textContent } from './apply-match';
import { MatchCard } from './match-card';
import { SentenceMatches } from './sentence-matches';
import { useFocusedPane } from './use-focused-pane';
import { useTmKeys } from './use-tm-keys';

export type TmLookupFn = (documentId: number, segmentId: number, lang: Lang) => Promise<ActionResult<SegmentLookup>>;

export interface TmPanelProps {
  documentId: number;
  sourceLang: Lang;
  targets: Lang[];
  lookup: TmLookupFn;
  /** The editor's rows in order (how the grid addresses a row); the DOM's order when missing. */
  segmentIds?: number[];
  /** Id of the element the panel renders into (the page's side column); inline when missing. */
  slotId?: string;
}

type Load = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: ErrorLike } | { status: 'done'; result: SegmentLookup };

/**
 * The translation-memory panel of the editor: matches for the row and target language in focus, best
 * first; a click or Alt+Shift+n applies one into the target pane; sentence matches and a drafted paragraph.
 */
export function TmPanel({ documentId, sourceLang, targets, lookup, slotId, segmentIds }: TmPanelProps) {
  const t = useTranslations('TmPanel');
  const tl = useTranslations('Editor');
  const errorMessage = useErrorMessage();
  const grid = useEditorGrid();
  const pane = useFocusedPane(segmentIds);
  const [chosen, setChosen] = useState<Lang>(targets[0] ?? 'ar');
  const [load, setLoad] = useState<Load>({ status: 'idle' });
  const [offering, setOffering] = useState<number | null>(null);
  const [applied, setApplied] = useState<string>('');
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const [open, setOpen] = useState(true);
  const asked = useRef(0);

  useEffect(() => setSlot(slotId ? document.getElementById(slotId) : null), [slotId]);

  // a target pane taking the focus decides the language; from the source pane, the one last typed in
  useEffect(() => {
    if (!pane) return;
    const next = pane.lang !== sourceLang ? pane.lang : grid.lastTarget(pane.index);
    if (next && targets.includes(next)) setChosen(next);
  }, [pane, sourceLang, grid, targets]);

  const segmentId = pane?.segmentId ?? null;
  useEffect(() => {
    if (segmentId === null) return;
    const ticket = ++asked.current;
    setOffering(null);
    setApplied('');
    setLoad({ status: 'loading' });
    const timer = setTimeout(async () => {
      const r = await lookup(documentId, segmentId, chosen).catch(() => ({ ok: false as const, code: 'internal', params: {} }));
      if (ticket !== asked.current) return;
      setLoad(r.ok ? { status: 'done', result: r.value } : { status: 'error', error: r });
    }, 150);
    return () => clearTimeout(timer);
  }, [documentId, segmentId, chosen, lookup]);

  const result = load.status === 'done' && load.result.segmentId === segmentId ? load.result : null;

  const apply = useCallback(
    (match: TmMatch, adjusted: boolean | null) => {
      if (!pane) return;
      if (adjusted === null && match.numbersDiffer && match.adjustedTarget !== null && offering !== match.unitId) {
        setOffering(match.unitId);
        return;
      }
      const useAdjusted = adjusted ?? (offering === match.unitId && match.adjustedTarget !== null);
      const content = useAdjusted ? textContent(match.adjustedTarget!) : (match.targetContent ?? textContent(match.target));
      if (applyToPane(grid, pane.index, chosen, content)) {
        setOffering(null);
        setApplied(t('applied', { score: match.score }));
      }
    },
    [chosen, grid, offering, pane, t],
  );

  const applyDraft = useCallback(() => {
    if (!pane || !result?.draft) return;
    if (applyToPane(grid, pane.index, chosen, textContent(result.draft.text))) setApplied(t('draftApplied'));
  }, [chosen, grid, pane, result, t]);

  useTmKeys({
    onMatch: (n) => {
      const m = result?.matches[n - 1];
      if (m) apply(m, null);
    },
    onDraft: applyDraft,
  });

  const body = (
    <section aria-labelledby="tm-panel-title" data-testid="tm-panel" className="flex max-h-[45vh] flex-col gap-2 overflow-y-auto rounded border border-stone-300 bg-stone-50 p-3 shadow-sm xl:max-h-[calc(100vh-2rem)] xl:shadow-none">
      <div className="flex items-baseline gap-2">
        <h2 id="tm-panel-title" className="text-base font-semibold">
          <button type="button" aria-expanded={open} aria-controls="tm-panel-body" onClick={() => setOpen((o) => !o)} className="flex items-baseline gap-1">
            <span aria-hidden="true" className="text-xs text-stone-600">
              {open ? '▾' : '▸'}
            </span>
            {t('title')}
          </button>
        </h2>
        {pane && <span className="text-xs text-stone-600">{t('segment', { n: pane.index + 1 })}</span>}
        {!open && result && <span className="text-xs text-stone-600">{t('count', { n: result.matches.length })}</span>}
        <Link href={`/documents/${documentId}/memory`} prefetch={false} className="ms-auto text-xs text-emerald-800 underline">
          {t('settings')}
        </Link>
      </div>
      <div id="tm-panel-body" hidden={!open} className="flex flex-col gap-2">
        {targets.length > 1 && (
          <div role="radiogroup" aria-label={t('targetLang')} className="flex gap-3 text-sm">
            {targets.map((l) => (
              <label key={l} className="flex items-center gap-1">
                <input type="radio" name="tm-target" checked={chosen === l} onChange={() => setChosen(l)} />
                {tl(`lang.${l}`)}
              </label>
            ))}
          </div>
        )}
        <p aria-live="polite" className="sr-only">
          {applied}
        </p>
        {!pane && <p className="text-sm text-stone-600">{t('noFocus')}</p>}
        {pane && load.status === 'loading' && <p className="text-sm text-stone-600">{t('loading')}</p>}
        {load.status === 'error' && (
          <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
            {errorMessage(load.error)}
          </p>
        )}
        {result && (
          <>
            <p className="text-xs text-stone-600">{t('threshold', { threshold: result.threshold })}</p>
            {result.matches.length === 0 ? (
              <p data-testid="tm-no-match" className="text-sm text-stone-600">
                {t('noMatch', { threshold: result.threshold })}
              </p>
            ) : (
              <ol className="flex list-none flex-col gap-2 p-0" aria-label={t('matches')}>
                {result.matches.map((m, i) => (
                  <MatchCard key={m.unitId} match={m} n={i < 9 ? i + 1 : null} sourceLang={sourceLang} targetLang={chosen} offering={offering === m.unitId} onApply={(adj) => apply(m, adj)} />
                ))}
              </ol>
            )}
            {result.sentences.length > 0 && <SentenceMatches lookup={result} sourceLang={sourceLang} targetLang={chosen} onApplyDraft={applyDraft} onInsert={(text) => pane && insertIntoPane(grid, pane.index, chosen, text)} />}
            <p className="text-xs text-stone-600">{t('keysHint', { matchKeys: 'Alt+Shift+1…9', draftKey: 'Alt+Shift+0' })}</p>
          </>
        )}
      </div>
    </section>
  );
  return slot ? createPortal(body, slot) : body;
}
