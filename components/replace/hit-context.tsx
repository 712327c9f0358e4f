import type { ReactNode } from 'react';
import type { PreviewHit } from '@/lib/documents/find-preview';

/** How much text a preview shows on each side of a hit before it cuts with an ellipsis. */
const CONTEXT = 80;

/**
 * A segment's text with its hits highlighted: the attached words (clitics, a plural) lighter, the
 * matched words stronger, a hit replace-all will leave marked as such. Long stretches between hits
 * are cut to their ends.
 */
export function HitContext({ text, hits, skipLabel }: { text: string; hits: readonly PreviewHit[]; skipLabel: (reason: NonNullable<PreviewHit['skip']>) => string }) {
  const out: ReactNode[] = [];
  let at = 0;
  const gap = (from: number, to: number, first: boolean, last: boolean) => {
    const s = text.slice(from, to);
    if (s.length <= CONTEXT * 2 + 1) return s;
    if (first) return `…${s.slice(-CONTEXT)}`;
    if (last) return `${s.slice(0, CONTEXT)}…`;
    return `${s.slice(0, CONTEXT)} … ${s.slice(-CONTEXT)}`;
  };
  hits.forEach((h, i) => {
    if (h.start > at) out.push(gap(at, h.start, i === 0, false));
    out.push(
      <mark
        key={i}
        data-testid="find-hit"
        data-skip={h.skip ?? ''}
        title={h.skip ? skipLabel(h.skip) : undefined}
        className={`rounded px-0.5 ${h.skip ? 'bg-stone-200 text-stone-700 line-through decoration-stone-500' : 'bg-amber-100'}`}
      >
        {text.slice(h.start, h.matchStart)}
        <strong className={h.skip ? 'font-normal' : 'bg-amber-300 font-semibold'} data-testid="find-match">
          {text.slice(h.matchStart, h.matchEnd)}
        </strong>
        {text.slice(h.matchEnd, h.end)}
      </mark>,
    );
    at = h.end;
  });
  if (at < text.length) out.push(gap(at, text.length, false, true));
  return <>{out}</>;
}
