import type { Concept, Term } from '@/lib/terms/types';
import type { Lang } from '@/lib/text/lang';

/** The term a translator should use for a concept in a language: preferred, else admitted. */
export function preferredTerm(concept: Concept | undefined, lang: Lang): Term | undefined {
  const terms = concept?.terms.filter((t) => t.lang === lang) ?? [];
  return terms.find((t) => t.status === 'preferred') ?? terms.find((t) => t.status === 'admitted');
}
