import { BANDS, type PretranslateReport } from './types';

const LABEL: Record<(typeof BANDS)[number], string> = {
  '101': '101% (context)',
  '100': '100%',
  '95-99': '95-99%',
  '85-94': '85-94%',
  '75-84': '75-84%',
  '70-74': '70-74%',
  none: 'no match',
};

/** The analysis as a translator quotes a job: one line per band, best first, then the total (the CLI's text output). */
export function bandTable(report: Pick<PretranslateReport, 'bands'>): string {
  const rows = BANDS.map((b) => [LABEL[b], report.bands[b].segments, report.bands[b].words] as const);
  const total = rows.reduce((t, r) => [t[0] + r[1], t[1] + r[2]] as [number, number], [0, 0]);
  const lines: [string, string, string][] = [['band', 'segments', 'words'], ...rows.map((r) => [r[0], String(r[1]), String(r[2])] as [string, string, string]), ['total', String(total[0]), String(total[1])]];
  const w = [0, 1, 2].map((i) => Math.max(...lines.map((l) => l[i]!.length)));
  return lines.map((l) => `${l[0].padEnd(w[0]!)}  ${l[1].padStart(w[1]!)}  ${l[2].padStart(w[2]!)}`).join('\n') + '\n';
}
