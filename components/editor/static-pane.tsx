import type { SegmentKind } from '@/lib/documents/types';
import { dirOf, type Lang } from '@/lib/text/lang';
import { StaticContent } from './static-content';
import type { PaneData } from './use-pane-store';

/**
 * The words of static rows, worded once per page (thousands of static rows must not each format
 * messages): labels with the row's number are templates filled in per row.
 */
export interface StaticLabels {
  kind: Record<SegmentKind, string>;
  state: Record<'initial' | 'draft' | 'translated' | 'reviewed' | 'final', string>;
  placeholder: Partial<Record<Lang, string>>;
  doNotTranslate: string;
  pane: (lang: Lang, n: number) => string;
  segment: (n: number) => string;
}

/**
 * A pane of a row away from the screen: plain HTML of its stored text in the frame of a live pane (its
 * state; counts come with life, a row is live before it is on screen), and a textbox that brings the
 * row to life on focus or click. No hooks: a document has thousands of these.
 */
export function StaticPane({ lang, pane, isSource, segmentIndex, labels, onActivate }: { lang: Lang; pane: PaneData; isSource: boolean; segmentIndex: number; labels: StaticLabels; onActivate: () => void }) {
  const empty = pane.text === '';
  const shown = pane.state === 'initial' && pane.text.trim() !== '' ? 'draft' : pane.state;
  return (
    <div className="min-w-0" data-lang={lang}>
      <div lang={lang} dir={dirOf(lang)} className="pane-text relative rounded border border-transparent px-2 py-1 hover:border-stone-300">
        {empty && !isSource && (
          <p aria-hidden="true" data-testid="placeholder" className="pointer-events-none absolute inset-x-2 top-1 text-stone-500">
            <bdi>{labels.placeholder[lang]}</bdi>
          </p>
        )}
        <div tabIndex={0} role="textbox" aria-label={labels.pane(lang, segmentIndex + 1)} onFocus={onActivate} onPointerDown={onActivate} className="min-h-7 cursor-text">
          <StaticContent doc={empty ? null : pane.content} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-3 px-2 text-xs text-stone-600">
        {!isSource && (
          <span data-testid="state-label" data-shown={shown} className="py-0.5">
            {labels.state[shown]}
          </span>
        )}
      </div>
    </div>
  );
}
