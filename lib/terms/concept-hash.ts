import { createHash } from 'node:crypto';
import type { Lang } from '../text/lang';
import type { Concept } from './types';

/** The TBX content of a stored concept, without version and authorship. */
export function plainConcept(c: Concept): Concept {
  const out: Concept = { id: c.id, terms: c.terms.map((t) => ({ ...t })) };
  if (c.subjectField) out.subjectField = c.subjectField;
  if (c.definitions && Object.keys(c.definitions).length > 0) out.definitions = { ...c.definitions };
  if (c.notes && Object.keys(c.notes).length > 0) out.notes = { ...c.notes };
  return out;
}

/** A stable fingerprint of a concept's content (key order and empty fields do not count); server only. */
export function conceptHash(c: Concept): string {
  const p = plainConcept(c);
  const sorted = (o?: Partial<Record<Lang, string>>) => (o ? Object.fromEntries(Object.entries(o).sort()) : {});
  const canon = [p.id, p.subjectField ?? '', sorted(p.definitions), sorted(p.notes),
    p.terms.map((t) => [t.lang, t.text, t.status, t.type ?? '', t.partOfSpeech ?? '', t.usageNote ?? '', t.source ?? ''])];
  return createHash('sha256').update(JSON.stringify(canon)).digest('hex');
}
