import type { Lang } from '../text/lang';
import { matchTerms } from '../terms/matcher';
import type { Term, TermMatch } from '../terms/types';
import type { QaContext } from './types';

// Several checks match the same texts; the editor rechecks one segment per keystroke. The cache
// belongs to the term index, so a new glossary starts a new cache, and it is bounded.
const caches = new WeakMap<object, Map<string, TermMatch[]>>();
const MAX_CACHED = 4000;

/** Term matches of `text` in `lang` with the context's glossary (none without one), memoized. */
export function termMatches(ctx: QaContext, text: string, lang: Lang): TermMatch[] {
  const index = ctx.termIndex;
  if (!index || text === '') return [];
  let cache = caches.get(index as object);
  if (!cache) caches.set(index as object, (cache = new Map()));
  const key = `${lang}\u0000${text}`;
  let found = cache.get(key);
  if (!found) {
    found = matchTerms(index, text, lang);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, found);
  }
  return found;
}

/** True for a status a translation should use. */
export function isUsable(status: Term['status']): boolean {
  return status === 'preferred' || status === 'admitted';
}

/**
 * The usable terms of a concept in `lang`, preferred first; undefined when the context has no
 * concept table (then callers cannot tell whether an equivalent exists).
 */
export function equivalents(ctx: QaContext, conceptId: string, lang: Lang): Term[] | undefined {
  const concept = ctx.concepts?.get(conceptId);
  if (!ctx.concepts) return undefined;
  if (!concept) return [];
  return concept.terms
    .filter((t) => t.lang === lang && isUsable(t.status))
    .sort((a, b) => (a.status === b.status ? 0 : a.status === 'preferred' ? -1 : 1));
}

/** The term entry behind a match, when the context has concepts. */
export function termOf(ctx: QaContext, match: TermMatch): Term | undefined {
  return ctx.concepts?.get(match.conceptId)?.terms.find((t) => t.lang === match.lang && t.text === match.term);
}

/** True when the target carries a usable term of the concept. */
export function targetHasConcept(ctx: QaContext, target: string, conceptId: string): boolean {
  return termMatches(ctx, target, ctx.targetLang).some((m) => m.conceptId === conceptId && isUsable(m.status));
}
