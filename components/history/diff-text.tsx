'use client';

import type { DiffRun } from '@/lib/text/word-diff';
import { dirOf, type Lang } from '@/lib/text/lang';

/** A word-level diff as one text: removed words struck through, added ones underlined (named for screen readers). */
export function DiffText({ runs, lang, inserted, deleted, testId }: { runs: readonly DiffRun[]; lang: Lang; inserted: string; deleted: string; testId?: string }) {
  return (
    <p lang={lang} dir={dirOf(lang)} className="pane-text whitespace-pre-wrap text-sm text-stone-900" data-testid={testId}>
      {runs.map((r, i) =>
        r.op === 'equal' ? (
          <span key={i}>{r.text}</span>
        ) : r.op === 'insert' ? (
          <ins key={i} className="bg-emerald-100 text-emerald-950 no-underline decoration-emerald-700 [text-decoration-line:underline]" data-op="insert">
            <span className="sr-only">[{inserted}] </span>
            {r.text}
          </ins>
        ) : (
          <del key={i} className="bg-red-100 text-red-900" data-op="delete">
            <span className="sr-only">[{deleted}] </span>
            {r.text}
          </del>
        ),
      )}
    </p>
  );
}
