import { isLang, type Lang } from '../text/lang';

// ISO 639-2/3 codes a termbase may use for our languages (pes = Iranian Persian, arb = Standard Arabic).
const ALIASES: Record<string, Lang> = { eng: 'en', ara: 'ar', arb: 'ar', fas: 'fa', per: 'fa', pes: 'fa' };

/**
 * Maps a language tag to one of ours: regional and script forms fold to the language
 * (ar-IQ, fa_IR, en-US -> ar, fa, en); anything else gives undefined (the caller skips it).
 */
export function mapLang(tag: string | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().replace(/_/g, '-').split('-')[0]!.toLowerCase();
  if (isLang(primary)) return primary;
  return ALIASES[primary];
}

/** Counts of what an import left out: languages other than en/ar/fa, and concepts left empty. */
export interface SkipReport {
  languages: Record<string, number>;
  concepts: number;
}

export function emptySkipReport(): SkipReport {
  return { languages: {}, concepts: 0 };
}

export function countSkippedLang(report: SkipReport, tag: string): void {
  report.languages[tag] = (report.languages[tag] ?? 0) + 1;
}
