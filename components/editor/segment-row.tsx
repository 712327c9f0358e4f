'use client';

import { useRef } from 'react';
import { useTranslations } from 'next-intl';
import type { Editor } from '@tiptap/react';
import type { SegmentKind } from '@/lib/documents/types';
import type { SegmentView } from './document-editor';
import type { Lang } from '@/lib/text/lang';
import { PaneCell } from './pane-cell';
import { RevisionHistory } from './revision-history';
import type { RevisionRow } from '@/lib/db/segments';

export interface SegmentRowProps {
  segment: SegmentView;
  index: number;
  isLast: boolean;
  sourceLang: Lang;
  langs: Lang[];
  busy: boolean;
  onMerge: (segmentId: number) => void;
  onSplit: (segmentId: number, offset: number) => void;
  loadRevisions: (segmentId: number) => Promise<RevisionRow[]>;
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

/** One segment: its number, kind and actions, and one pane per visible language. */
export function SegmentRow({ segment, index, isLast, sourceLang, langs, busy, onMerge, onSplit, loadRevisions }: SegmentRowProps) {
  const t = useTranslations('Editor');
  const sourceEditor = useRef<Editor | null>(null);

  function split() {
    const e = sourceEditor.current;
    if (!e) return;
    const offset = e.state.doc.textBetween(0, e.state.selection.from, '\n').length;
    onSplit(segment.id, offset);
  }

  return (
    <li className="segment-row relative border-b border-stone-200 py-2" data-testid="segment" data-segment-id={segment.id} aria-label={t('segmentLabel', { n: index + 1 })}>
      <div className="mb-1 flex items-center gap-2 text-xs text-stone-600">
        <span className="font-mono">{index + 1}</span>
        <span className={`rounded px-1.5 py-0.5 ${KIND_STYLE[segment.kind]}`}>{t(`kind.${segment.kind}`)}</span>
        {segment.doNotTranslate && <span className="rounded bg-stone-200 px-1.5 py-0.5">{t('doNotTranslate')}</span>}
        <span className="ms-auto flex gap-3">
          <RevisionHistory segmentId={segment.id} load={loadRevisions} />
          <button type="button" className="hover:text-stone-950 disabled:opacity-50" disabled={busy} onClick={split} title={t('splitHint')}>
            {t('split')}
          </button>
          {!isLast && (
            <button type="button" className="hover:text-stone-950 disabled:opacity-50" disabled={busy} onClick={() => onMerge(segment.id)}>
              {t('mergeNext')}
            </button>
          )}
        </span>
      </div>
      <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${langs.length}, minmax(0, 1fr))` }}>
        {langs.map((lang) => {
          const isSource = lang === sourceLang;
          const tr = isSource ? null : segment.translations[lang];
          return (
            <PaneCell
              key={`${segment.id}-${lang}-${isSource ? segment.version : (tr?.version ?? 0)}`}
              segmentId={segment.id}
              segmentIndex={index}
              lang={lang}
              isSource={isSource}
              content={isSource ? segment.content : (tr?.content ?? null)}
              text={isSource ? segment.text : (tr?.text ?? '')}
              version={isSource ? segment.version : (tr?.version ?? 0)}
              state={isSource ? 'final' : (tr?.state ?? 'initial')}
              editable={isSource || !segment.doNotTranslate}
              onEditor={isSource ? (_l, e) => (sourceEditor.current = e) : undefined}
            />
          );
        })}
      </div>
    </li>
  );
}
