import { dirOf, type Lang } from '@/lib/text/lang';
import { hitPieces } from './hit-pieces';

/** A unit's text in its language's direction, found ranges marked, Latin runs isolated in RTL text. */
export function HitText({ text, lang, ranges, testId }: { text: string; lang: Lang; ranges: [number, number][]; testId?: string }) {
  const dir = dirOf(lang);
  return (
    <p lang={lang} dir={dir} data-testid={testId}>
      {hitPieces(text, ranges, dir === 'rtl').map((p, i) => {
        const inner = p.latin ? <bdi lang="en">{p.text}</bdi> : p.text;
        return p.mark ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-stone-950">
            {inner}
          </mark>
        ) : (
          <span key={i}>{inner}</span>
        );
      })}
    </p>
  );
}
