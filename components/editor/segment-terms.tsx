'use client';

import { useTranslations } from 'next-intl';
import type { TermMatch } from '@/lib/terms/types';
import { dirOf, type Lang } from '@/lib/text/lang';
import type { EditorGrid } from './editor-grid-context';
import { insertTerm } from './insert-term';
import { preferredTerm } from './preferred-term';

/**
 * The glossary terms of the segment's source with their house renderings: a click (or Alt+n in a
 * target pane) inserts the rendering at the caret of the target pane last worked in.
 */
export function SegmentTerms({ grid, matches, segmentIndex, targets }: { grid: EditorGrid; matches: TermMatch[]; segmentIndex: number; targets: Lang[] }) {
  const t = useTranslations('Editor');
  if (matches.length === 0 || targets.length === 0) return null;
  return (
    <ol className="mt-1 flex flex-wrap gap-2 text-xs" aria-label={t('termsLabel')} data-testid="segment-terms">
      {matches.map((m, i) => (
        <li key={`${m.conceptId}-${m.start}`} className="flex items-center gap-1 rounded border border-sky-200 bg-sky-50 px-1.5 py-0.5">
          <span className="font-mono text-stone-700">{i < 9 ? `Alt+${i + 1}` : ''}</span>
          <span lang={grid.sourceLang}>{m.text}</span>
          {targets.map((lang) => {
            const p = preferredTerm(grid.concept(m.conceptId), lang);
            if (!p) return null;
            return (
              <button
                key={lang}
                type="button"
                lang={lang}
                dir={dirOf(lang)}
                className="rounded bg-white px-1 text-sky-900 hover:bg-sky-100"
                title={t('insertTerm', { term: p.text, lang: t(`lang.${lang}`) })}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => insertTerm(grid, segmentIndex, lang, m.conceptId)}
              >
                {p.text}
              </button>
            );
          })}
        </li>
      ))}
    </ol>
  );
}
