import type { Provenance, StoredClauseLink } from './types';

/** What a translator may change of a quote. */
export interface QuotePatch extends Partial<Provenance> {
  originalLang?: 'ar' | 'fa' | null;
  originalText?: string;
  originalPost?: string;
  stretch?: [number, number] | null;
  clauseLinks?: StoredClauseLink[];
  verified?: boolean;
}

/** The stored fields a patch's verification rule reads. */
export interface QuoteState {
  version: number;
  verifiedBy: string | null;
  originalLang: string | null;
  originalText: string;
}

const COLUMNS: [keyof QuotePatch, string][] = [
  ['originalLang', 'original_lang'], ['originalText', 'original_text'], ['originalPost', 'original_post'], ['saidBy', 'said_by'], ['account', 'account'],
  ['platform', 'platform'], ['postedOn', 'posted_on'], ['url', 'url'], ['figure', 'figure'], ['archiveUrl', 'archive_url'],
];

/**
 * The columns a patch sets on a stored quote: the fields given, a new version and author, and the
 * verification rule: verifying records who and when; a verified quote whose original changes is no
 * longer verified (unless verified again in the same patch), and is no longer "applied".
 */
export function quoteChanges(cur: QuoteState, p: QuotePatch, author: string, now: Date): Record<string, unknown> {
  const set: Record<string, unknown> = { version: cur.version + 1, updated_by: author, updated_at: now };
  for (const [k, c] of COLUMNS) if (p[k] !== undefined) set[c] = p[k];
  if (p.stretch !== undefined) Object.assign(set, { stretch_start: p.stretch?.[0] ?? null, stretch_end: p.stretch?.[1] ?? null });
  if (p.clauseLinks !== undefined) set.clause_links = p.clauseLinks;
  const changesOriginal = (p.originalText !== undefined && p.originalText !== cur.originalText) || (p.originalLang !== undefined && p.originalLang !== cur.originalLang);
  if (p.verified === true && (!cur.verifiedBy || changesOriginal)) Object.assign(set, { verified_by: author, verified_at: now });
  if (p.verified === false || (p.verified === undefined && changesOriginal && cur.verifiedBy)) Object.assign(set, { verified_by: null, verified_at: null });
  if (changesOriginal) set.applied_at = null;
  return set;
}
