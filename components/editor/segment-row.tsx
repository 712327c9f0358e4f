'use client';

import type { ActionResult } from '@/lib/contract/result';
import { memo, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Editor } from '@tiptap/react';
import type { SegmentKind } from '@/lib/documents/types';
import type { RevisionRow } from '@/lib/documents/views';
import { matchTerms } from '@/lib/terms';
import type { Lang } from '@/lib/text/lang';
import { AddTermDialog, type AddTermSeed } from './add-term-dialog';
import type { SegmentView } from './document-editor';
import { useEditorGrid } from './editor-grid-context';
import { insertTerm } from './insert-term';
import { PaneCell } from './pane-cell';
import { SegmentComments } from '@/components/comments/segment-comments';
import { SegmentHistory } from '@/components/history/segment-history';
import { SegmentPresence } from '@/components/presence/segment-presence';
import { ReviewActions } from '@/components/review/review-actions';
import { SegmentTerms } from './segment-terms';
import { StaticPane, type StaticLabels } from './static-pane';
import type { PaneData } from './use-pane-store';
import { useIsLive, type LiveRowSet } from './use-live-rows';

export interface SegmentRowProps {
  segment: SegmentView;
  index: number;
  isLast: boolean;
  sourceLang: Lang;
  langs: Lang[];
  busy: boolean;
  glossaryVersion: number;
  /** Someone else is in this segment now: a static row shows who only then (3,000 rows need not each follow the live feed). */
  present?: boolean;
  /** Laid out only when near the screen (content-visibility): the rows after those the page came with. */
  deferLayout?: boolean;
  /** Left out by the row filter (kept mounted, so nothing typed is lost). */
  hidden?: boolean;
  /** The live rows (near the screen or in use): their panes are components; the others static HTML. */
  liveRows: LiveRowSet;
  /** The row's ref for the shared IntersectionObserver. */
  observe: (el: HTMLElement | null) => void;
  /** A static pane was clicked or focused: brings the row to life with the caret in that pane. */
  onActivate: (segmentIndex: number, lang: Lang) => void;
  /** The ref of static panes the user may edit: keeps what was typed into one when it leaves the page. */
  keepTyped: (el: HTMLElement | null) => void | (() => void);
  /** What a pane holds as far as the server knows. */
  paneData: (segment: SegmentView, lang: Lang) => PaneData;
  /** The words of static rows, worded once per page. */
  labels: StaticLabels;
  onMerge: (segmentId: number) => void;
  onSplit: (segmentId: number, offset: number) => void;
  loadRevisions: (segmentId: number) => Promise<ActionResult<RevisionRow[]>>;
  /** What the user may do here (the server refuses the rest): edit targets, edit the source, add or propose terms. */
  canTranslate: boolean;
  canEditSource: boolean;
  canAddTerm: boolean;
}

const KIND_STYLE: Record<SegmentKind, string> = {
  heading: 'bg-sky-100 text-sky-900',
  paragraph: 'bg-stone-100 text-stone-700',
  quote: 'bg-violet-100 text-violet-900',
  caption: 'bg-amber-100 text-amber-900',
  byline: 'bg-stone-100 text-stone-700',
  date: 'bg-stone-100 text-stone-700',
  'list-item': 'bg-stone-100 text-stone-700',
};

/**
 * One segment: its number, kind and actions, its glossary terms, and one pane per visible language.
 * Near the screen (or in use) its panes are live components; elsewhere static HTML of the stored text.
 * Rendered again only when its own props change: 3,000 rows must not all re-render on a save.
 */
export const SegmentRow = memo(function SegmentRow(props: SegmentRowProps) {
  const { segment, index, sourceLang, langs, hidden, liveRows, observe, onActivate, paneData, labels } = props;
  const live = useIsLive(liveRows, index);
  return (
    <li
      ref={observe}
      data-index={index}
      id={`segment-${segment.id}`}
      hidden={hidden}
      className="segment-row relative border-b border-stone-200 py-2"
      data-testid="segment"
      data-segment-id={segment.id}
      data-live={live ? 'true' : 'false'}
      data-deferred={props.deferLayout ? '' : undefined}
      aria-label={labels.segment(index + 1)}
    >
      {live ? (
        <LiveRow {...props} />
      ) : (
        <>
          {/* the static header: number and kind (the actions come with life) */}
          <div className="mb-1 flex items-center gap-2 text-xs text-stone-600">
            <span className="font-mono">{index + 1}</span>
            <span className={`rounded px-1.5 py-0.5 ${KIND_STYLE[segment.kind]}`}>{labels.kind[segment.kind]}</span>
            {segment.doNotTranslate && <span className="rounded bg-stone-200 px-1.5 py-0.5">{labels.doNotTranslate}</span>}
            {props.present && <SegmentPresence segmentId={segment.id} />}
          </div>
          <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${langs.length}, minmax(0, 1fr))` }}>
            {langs.map((lang) => (
              <StaticPane
                key={lang}
                lang={lang}
                pane={paneData(segment, lang)}
                isSource={lang === sourceLang}
                editable={lang === sourceLang ? props.canEditSource : props.canTranslate && !segment.doNotTranslate}
                segmentIndex={index}
                labels={labels}
                onActivate={() => onActivate(index, lang)}
                keepTyped={props.keepTyped}
              />
            ))}
          </div>
        </>
      )}
    </li>
  );
});

/** The row's number, kind and actions (a live row's: a static row has number and kind only). */
function RowHeader(props: SegmentRowProps & { actions: { addTerm: () => void; split: () => void } }) {
  const { segment, index, busy, isLast, onMerge, sourceLang, langs, paneData, actions } = props;
  const targets = langs.filter((l) => l !== sourceLang);
  // what the server holds now (a save here or a pushed one is newer than the page's rows)
  const translations = Object.fromEntries(targets.map((l) => [l, { ...segment.translations[l], ...paneData(segment, l) }]));
  const t = useTranslations('Editor');
  return (
    <div className="mb-1 flex items-center gap-2 text-xs text-stone-600">
      <span className="font-mono">{index + 1}</span>
      <span className={`rounded px-1.5 py-0.5 ${KIND_STYLE[segment.kind]}`}>{t(`kind.${segment.kind}`)}</span>
      {segment.doNotTranslate && <span className="rounded bg-stone-200 px-1.5 py-0.5">{t('doNotTranslate')}</span>}
      <SegmentPresence segmentId={segment.id} />
      <span className="ms-auto flex gap-3">
        {props.canAddTerm && (
          <button type="button" className="hover:text-stone-950" onMouseDown={(e) => e.preventDefault()} onClick={actions.addTerm}>
            {t('addToGlossary')}
          </button>
        )}
        <ReviewActions segmentId={segment.id} segmentIndex={index} targets={targets} translations={translations} />
        <SegmentHistory segmentId={segment.id} langs={langs} />
        {props.canEditSource && (
          <button type="button" className="hover:text-stone-950 disabled:opacity-50" disabled={busy} onMouseDown={(e) => e.preventDefault()} onClick={actions.split} title={t('splitHint')}>
            {t('split')}
          </button>
        )}
        {props.canEditSource && !isLast && (
          <button type="button" className="hover:text-stone-950 disabled:opacity-50" disabled={busy} onClick={() => onMerge(segment.id)}>
            {t('mergeNext')}
          </button>
        )}
      </span>
    </div>
  );
}

/** A row in use: live panes, glossary terms of the source, "add to glossary", split at the caret. */
function LiveRow(props: SegmentRowProps) {
  const { segment, index, sourceLang, langs, glossaryVersion, onSplit, paneData } = props;
  const t = useTranslations('Editor');
  const grid = useEditorGrid();
  const editors = useRef<Partial<Record<Lang, Editor | null>>>({});
  const [addSeed, setAddSeed] = useState<AddTermSeed | null>(null);
  const targets = langs.filter((l) => l !== sourceLang);

  const sourceMatches = useMemo(() => {
    const index = grid.termIndex();
    return index ? matchTerms(index, segment.text, sourceLang) : [];
    // glossaryVersion: recompute when the glossary changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [grid, segment.text, sourceLang, glossaryVersion]);

  function split() {
    const e = editors.current[sourceLang];
    if (!e) return;
    const offset = e.state.doc.textBetween(0, e.state.selection.from, '\n').length;
    onSplit(segment.id, offset);
  }

  function openAddTerm() {
    const selected = Object.fromEntries(
      langs.map((lang) => {
        const e = editors.current[lang];
        const sel = e ? e.state.doc.textBetween(e.state.selection.from, e.state.selection.to, ' ').trim() : '';
        return [lang, { selection: sel, text: e ? e.getText() : paneData(segment, lang).text }];
      }),
    ) as AddTermSeed['panes'];
    const lang = (langs.find((l) => selected[l]?.selection) ?? sourceLang) as Lang;
    setAddSeed({ lang, panes: selected });
  }

  function onTerm(n: number, lang: Lang) {
    const m = sourceMatches[n - 1];
    if (m && lang !== sourceLang) insertTerm(grid, index, lang, m.conceptId);
  }

  return (
    <>
      <RowHeader {...props} actions={{ addTerm: openAddTerm, split }} />
      <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${langs.length}, minmax(0, 1fr))` }}>
        {langs.map((lang) => {
          const isSource = lang === sourceLang;
          const pane = paneData(segment, lang);
          const tr = isSource ? null : segment.translations[lang];
          return (
            <PaneCell
              // a new version from the page (merge, split) remounts the pane; a save here does not
              key={`${segment.id}-${lang}-${isSource ? segment.version : (tr?.version ?? 0)}`}
              segmentId={segment.id}
              segmentIndex={index}
              lang={lang}
              isSource={isSource}
              content={pane.content}
              text={pane.text}
              sourceText={segment.text}
              sourceContent={segment.content}
              version={pane.version}
              state={pane.state}
              editable={isSource ? props.canEditSource : props.canTranslate && !segment.doNotTranslate}
              onEditor={(l, e) => (editors.current[l] = e)}
              onTerm={onTerm}
            />
          );
        })}
      </div>
      <SegmentComments segmentId={segment.id} index={index} langs={langs} />
      <SegmentTerms grid={grid} matches={sourceMatches} segmentIndex={index} targets={targets} />
      {addSeed && <AddTermDialog seed={addSeed} langs={langs} onClose={() => setAddSeed(null)} />}
    </>
  );
}
