import { createHash } from 'node:crypto';
import { plainConcept } from '../terms/plain-concept';
import type { Concept } from '../terms/types';
import type { Lang } from '../text/lang';

/**
 * A stable fingerprint of a concept's content (key order and empty fields do not count): how an
 * import and the house file's seed tell an unchanged concept. Stored in glossary_concepts.seed_hash,
 * so it may not change. Server only (node:crypto), like its callers.
 */
export function conceptHash(c: Concept): string {
  const p = plainConcept(c);
  const sorted = (o?: Partial<Record<Lang, string>>) => (o ? Object.fromEntries(Object.entries(o).sort()) : {});
  const canon = [p.id, p.subjectField ?? '', sorted(p.definitions), sorted(p.notes),
    p.terms.map((t) => [t.lang, t.text, t.status, t.type ?? '', t.partOfSpeech ?? '', t.usageNote ?? '', t.source ?? ''])];
  return createHash('sha256').update(JSON.stringify(canon)).digest('hex');
}
