import { useFormatter } from 'next-intl';
import type { ReactNode } from 'react';
import type { Lang } from '@/lib/text/lang';

/**
 * A document's authors and date in the UI's language. Each name is isolated (<bdi>, in the
 * document's language), so in Arabic and Farsi Latin names keep their place in the list and the
 * date stays in one piece after them instead of being pulled into a Latin run.
 */
export function Byline({ authors, publishedOn, lang, children }: { authors: string[]; publishedOn: string | null; lang: Lang; children?: ReactNode }) {
  const format = useFormatter();
  const names = authors.map((a, i) => (
    <bdi key={i} lang={lang} data-testid="byline-author">
      {a}
    </bdi>
  ));
  const parts: ReactNode[] = [];
  if (names.length > 0) parts.push(<span key="authors">{format.list(names, { type: 'conjunction' })}</span>);
  if (publishedOn) {
    parts.push(
      <time key="date" dateTime={publishedOn} data-testid="byline-date">
        {format.dateTime(new Date(`${publishedOn}T12:00:00Z`), { dateStyle: 'long' })}
      </time>,
    );
  }
  if (children) parts.push(<span key="extra">{children}</span>);
  return (
    <p className="mt-1 text-sm text-stone-600" data-testid="byline">
      {parts.map((p, i) => (
        <span key={i}>
          {i > 0 && ' · '}
          {p}
        </span>
      ))}
    </p>
  );
}
