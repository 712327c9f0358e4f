import { useFormatter, useTranslations } from 'next-intl';
import type { LangStateCounts } from '@/lib/documents/state-counts';

/** Per target language, segments and source words in each state (a small table under the progress bars). */
export function StateCounts({ counts }: { counts: LangStateCounts[] }) {
  const t = useTranslations('DocumentList');
  const format = useFormatter();
  const states = [...new Set(counts.flatMap((c) => c.states.map((s) => s.state)))];
  const order = counts[0]?.states.map((s) => s.state) ?? [];
  states.sort((a, b) => (order.indexOf(a) < 0 ? 99 : order.indexOf(a)) - (order.indexOf(b) < 0 ? 99 : order.indexOf(b)));
  if (counts.length === 0 || states.length === 0) return null;
  const name = (s: string) => (t.has(`state.${s}` as never) ? t(`state.${s}` as never) : s);
  return (
    <table className="mt-2 w-full max-w-xl text-xs text-stone-700" data-testid="state-counts">
      <caption className="sr-only">{t('statesCaption')}</caption>
      <thead>
        <tr>
          <th className="py-0.5 text-start font-normal text-stone-500">{t('stateColumn')}</th>
          {counts.map((c) => (
            <th key={c.lang} className="py-0.5 text-end font-medium">
              {t(`lang.${c.lang}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {states.map((s) => (
          <tr key={s} className="border-t border-stone-100" data-state={s}>
            <th scope="row" className="py-0.5 text-start font-normal">
              {name(s)}
            </th>
            {counts.map((c) => {
              const x = c.states.find((y) => y.state === s);
              return (
                <td key={c.lang} className="py-0.5 text-end tabular-nums" data-lang={c.lang} data-segments={x?.segments ?? 0} data-words={x?.words ?? 0}>
                  {x ? t('segmentsWords', { segments: x.segments, words: x.words, segmentsText: format.number(x.segments), wordsText: format.number(x.words) }) : '—'}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
