/**
 * The sidecar of a sample analysis (`<name>.seed.json` beside `<name>.md`): the Arabic or Farsi
 * original of each quote and a few pre-filled targets, seeded with the document on the first start.
 * Pure: the caller detects the quotes and writes the rows.
 */
import { z } from 'zod';
import type { QuoteOriginal } from '../quotes/anchors';

const Quote = z.strictObject({
  /** The quoted English words, as the quote detector returns them. */
  en: z.string().min(1),
  lang: z.enum(['ar', 'fa']),
  original: z.string().min(1),
  /** The whole post when the quote renders only part of it. */
  post: z.string().optional(),
  saidBy: z.string().optional(),
  account: z.string().optional(),
  platform: z.string().optional(),
  postedOn: z.iso.date().optional(),
  url: z.string().optional(),
});

const Target = z.strictObject({
  /** Words that occur in the source of exactly one segment. */
  source: z.string().min(1),
  lang: z.enum(['ar', 'fa']),
  text: z.string().min(1),
  state: z.enum(['translated', 'reviewed']).optional(),
  /** Why the target is there (a deliberate QA finding, say); not stored. */
  why: z.string().optional(),
});

const Sidecar = z.strictObject({
  about: z.string().optional(),
  quotes: z.array(Quote).default([]),
  targets: z.array(Target).default([]),
});

export type SampleQuote = z.infer<typeof Quote>;
export type SampleSidecar = z.infer<typeof Sidecar>;

/** A sidecar that does not fit its document; `reason` says how. Nothing of the sample is written. */
export class SampleSeedError extends Error {
  readonly code = 'sample-seed-invalid';
  constructor(readonly params: { reason: string; [key: string]: string | number }) {
    super(`sample-seed-invalid: ${JSON.stringify(params)}`);
  }
}

/** Reads and checks a sidecar's JSON text. */
export function parseSampleSidecar(text: string): SampleSidecar {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new SampleSeedError({ reason: 'json', detail: (err as Error).message });
  }
  const parsed = Sidecar.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SampleSeedError({ reason: 'shape', path: issue.path.join('.'), detail: issue.message });
  }
  return parsed.data;
}

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

/**
 * The original of each detected quote (null when the sidecar has none), matched by the quoted words.
 * Every sidecar quote must match one detected quote, and an original must sit in its post.
 */
export function originalsForQuotes(detectedWords: string[], quotes: SampleQuote[]): (QuoteOriginal | null)[] {
  const out: (QuoteOriginal | null)[] = detectedWords.map(() => null);
  quotes.forEach((q, n) => {
    const i = detectedWords.findIndex((w) => squash(w) === squash(q.en));
    if (i < 0) throw new SampleSeedError({ reason: 'quote-not-detected', quote: n + 1, words: q.en.slice(0, 60) });
    const at = q.post === undefined ? -1 : q.post.indexOf(q.original);
    if (q.post !== undefined && at < 0) throw new SampleSeedError({ reason: 'original-not-in-post', quote: n + 1 });
    out[i] = {
      originalLang: q.lang,
      originalText: q.original,
      originalPost: q.post ?? '',
      stretch: at < 0 ? null : [at, at + q.original.length],
      ...(q.saidBy ? { saidBy: q.saidBy } : {}),
      account: q.account ?? '',
      platform: q.platform ?? '',
      postedOn: q.postedOn ?? null,
      url: q.url ?? '',
    };
  });
  return out;
}

export interface PlannedTarget {
  /** Index of the segment in the document. */
  index: number;
  lang: 'ar' | 'fa';
  text: string;
  state: 'translated' | 'reviewed';
}

/** The segment each pre-filled target belongs to: the one whose source contains its `source` words. */
export function targetsForSegments(sources: string[], sourceLang: string, targets: SampleSidecar['targets']): PlannedTarget[] {
  const seen = new Set<string>();
  return targets.map((t, n) => {
    const hits = sources.flatMap((s, i) => (s.includes(t.source) ? [i] : []));
    if (hits.length !== 1) throw new SampleSeedError({ reason: hits.length === 0 ? 'target-source-missing' : 'target-source-ambiguous', target: n + 1 });
    if (t.lang === sourceLang) throw new SampleSeedError({ reason: 'target-is-source', target: n + 1 });
    const key = `${hits[0]}:${t.lang}`;
    if (seen.has(key)) throw new SampleSeedError({ reason: 'target-duplicate', target: n + 1 });
    seen.add(key);
    return { index: hits[0]!, lang: t.lang, text: t.text, state: t.state ?? 'translated' };
  });
}
