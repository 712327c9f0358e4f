'use client';

import { forwardRef } from 'react';
import { dirOf, type Lang } from '@/lib/text/lang';
import { pieces } from './pieces';
import type { QuoteView, SourceSegment } from './types';

/** The document's source, one block per segment, with each quote highlighted (a quote may cross segments). */
export const QuoteSource = forwardRef<HTMLDivElement, { lang: Lang; segments: SourceSegment[]; quotes: QuoteView[]; selected: number | null; onSelect(id: number): void }>(
  function QuoteSource({ lang, segments, quotes, selected, onSelect }, ref) {
    const index = new Map(segments.map((s, i) => [s.id, i]));
    return (
      <div ref={ref} data-testid="quote-source" lang={lang} dir={dirOf(lang)} className="space-y-3 rounded border border-stone-200 bg-white p-4 leading-relaxed">
        {segments.map((seg, i) => {
          const ranges = quotes.flatMap((q) => {
            const a = q.anchor;
            if (!a) return [];
            const [si, ei] = [index.get(a.segmentId), index.get(a.endSegmentId)];
            // a caption the quote's marks enclose (page layout) is not part of the quote
            if (si === undefined || ei === undefined || i < si || i > ei || (i > si && i < ei && seg.kind === 'caption')) return [];
            return [{ from: i === si ? a.start : 0, to: i === ei ? a.end : seg.text.length, label: q.id }];
          });
          const Tag = seg.kind === 'heading' ? 'h3' : 'p';
          return (
            <Tag key={seg.id} data-segment-id={seg.id} className={seg.kind === 'heading' ? 'font-bold' : seg.kind === 'caption' ? 'text-sm text-stone-600' : ''}>
              {pieces(seg.text, ranges).map((p) =>
                p.labels.length === 0 ? (
                  <span key={p.from}>{p.text}</span>
                ) : (
                  <mark key={p.from} data-testid="quote-highlight" data-quote-id={p.labels[0]} onClick={() => onSelect(p.labels[0]!)}
                    className={`cursor-pointer rounded-sm ${p.labels.includes(selected ?? -1) ? 'bg-amber-300' : 'bg-amber-100'}`}>
                    {p.text}
                  </mark>
                ),
              )}
            </Tag>
          );
        })}
      </div>
    );
  },
);
