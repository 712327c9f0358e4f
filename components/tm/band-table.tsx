'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { BANDS, type Band, type PretranslateReport } from '@/lib/tm/types';

/** An analysis as a translator quotes a job: segments and words per band, and what a pre-translation filled. */
export function BandTable({ report }: { report: PretranslateReport }) {
  const t = useTranslations('TmPretranslate');
  const format = useFormatter();
  const bandLabel = (b: Band) => {
    if (b === '101') return t('bands.context', { n: 101 });
    if (b === '100') return t('bands.exact', { n: 100 });
    if (b === 'none') return t('bands.none');
    const [lo, hi] = b.split('-').map(Number);
    return t('bands.range', { lo: lo!, hi: hi! });
  };
  const total = BANDS.reduce((a, b) => ({ segments: a.segments + report.bands[b].segments, words: a.words + report.bands[b].words }), { segments: 0, words: 0 });
  return (
    <div data-testid="tm-report" className="flex flex-col gap-2">
      <table className="w-full max-w-md text-sm">
        <caption className="text-start font-semibold">{t('reportTitle')}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-start">
            <th scope="col" className="py-1 text-start">{t('band')}</th>
            <th scope="col" className="py-1 text-end">{t('segments')}</th>
            <th scope="col" className="py-1 text-end">{t('words')}</th>
          </tr>
        </thead>
        <tbody>
          {BANDS.map((b) => (
            <tr key={b} data-band={b} className="border-b border-stone-100">
              <th scope="row" className="py-1 text-start font-normal">{bandLabel(b)}</th>
              <td className="py-1 text-end tabular-nums">{format.number(report.bands[b].segments)}</td>
              <td className="py-1 text-end tabular-nums">{format.number(report.bands[b].words)}</td>
            </tr>
          ))}
          <tr className="font-semibold">
            <th scope="row" className="py-1 text-start">{t('total')}</th>
            <td className="py-1 text-end tabular-nums">{format.number(total.segments)}</td>
            <td className="py-1 text-end tabular-nums">{format.number(total.words)}</td>
          </tr>
        </tbody>
      </table>
      <p className="text-sm text-stone-700">{t('skipped', { n: report.skipped })}</p>
      {report.filled > 0 || report.filledFuzzy > 0 ? (
        <p data-testid="tm-filled" className="text-sm text-emerald-800">{t('filled', { n: report.filled, fuzzy: report.filledFuzzy })}</p>
      ) : null}
    </div>
  );
}
