'use client';

import { mentionHandles, mentionRuns } from '@/lib/comments/mentions';

/** A comment's text with the people it mentions marked (an unknown @handle stays plain text). */
export function CommentBody({ body, mentions }: { body: string; mentions: { id: string; name: string }[] }) {
  const known = new Map(mentions.flatMap((m) => mentionHandles(m).map((h) => [h, m] as const)));
  return (
    <p dir="auto" className="whitespace-pre-wrap text-sm text-stone-900">
      {mentionRuns(body).map((r, i) => {
        const who = r.handle ? known.get(r.handle) : undefined;
        return who ? (
          <bdi key={i} className="rounded bg-sky-100 px-0.5 font-medium text-sky-950" title={who.name} data-mention={who.id}>
            {r.text}
          </bdi>
        ) : (
          <span key={i}>{r.text}</span>
        );
      })}
    </p>
  );
}
