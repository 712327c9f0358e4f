'use client';

import { useMemo, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import type { SegmentRow as SegmentData } from '@/lib/db/documents';
import type { RevisionRow } from '@/lib/db/segments';
import type { Lang } from '@/lib/text/lang';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage } from '@/components/layout/use-error-message';
import { EditorGridContext, type CellHandle, type EditorGrid } from './editor-grid-context';
import { SegmentRow } from './segment-row';
import type { SaveFn } from './use-autosave';

export type SegmentView = SegmentData;

export interface DocumentEditorProps {
  documentId: number;
  sourceLang: Lang;
  langs: Lang[];
  segments: SegmentView[];
  save: SaveFn;
  merge: (documentId: number, segmentId: number) => Promise<{ ok: boolean; code?: string }>;
  split: (documentId: number, segmentId: number, offset: number) => Promise<{ ok: boolean; code?: string }>;
  loadRevisions: (segmentId: number) => Promise<RevisionRow[]>;
}

/** The side-by-side grid: one row per segment, the source column first, columns can be hidden. */
export function DocumentEditor({ documentId, sourceLang, langs, segments, save, merge, split, loadRevisions }: DocumentEditorProps) {
  const t = useTranslations('Editor');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [hidden, setHidden] = useState<Lang[]>([]);
  const [busy, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const cells = useRef(new Map<string, CellHandle>());
  const visible = langs.filter((l) => !hidden.includes(l));

  const grid = useMemo<EditorGrid>(
    () => ({
      save,
      register: (i, lang, handle) => {
        if (handle) cells.current.set(`${i}:${lang}`, handle);
        else cells.current.delete(`${i}:${lang}`);
      },
      move: (i, lang, delta) => cells.current.get(`${i + delta}:${lang}`)?.activate(),
    }),
    [save],
  );

  function structural(action: () => Promise<{ ok: boolean; code?: string }>) {
    setError(null);
    startTransition(async () => {
      const r = await action();
      if (!r.ok) setError(r.code ?? 'internal');
      router.refresh();
    });
  }

  return (
    <EditorGridContext.Provider value={grid}>
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
            onMerge={(id) => structural(() => merge(documentId, id))}
            onSplit={(id, offset) => structural(() => split(documentId, id, offset))}
            loadRevisions={loadRevisions}
          />
        ))}
      </ol>
    </EditorGridContext.Provider>
  );
}
