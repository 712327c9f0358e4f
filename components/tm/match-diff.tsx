import type { TmDiffRun } from '@/lib/tm/types';

/**
 * The match's source with what differs from the current source marked: words only the match has
 * are highlighted, words only the current source has are shown struck through.
 */
export function MatchDiff({ diff, lang, labels }: { diff: TmDiffRun[]; lang: string; labels: { insert: string; delete: string } }) {
  return (
    <span lang={lang} data-testid="tm-match-source">
      {diff.map((run, i) =>
        run.op === 'equal' ? (
          <span key={i}>{run.text}</span>
        ) : run.op === 'insert' ? (
          <mark key={i} data-diff="insert" title={labels.insert} className="rounded-sm bg-amber-200 px-0.5 text-stone-950">
            {run.text}
          </mark>
        ) : (
          <del key={i} data-diff="delete" title={labels.delete} className="rounded-sm bg-red-100 px-0.5 text-red-900">
            {run.text}
          </del>
        ),
      )}
    </span>
  );
}
