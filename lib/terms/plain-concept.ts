import type { Concept } from './types';

/** The TBX content of a stored concept, without version and authorship. */
export function plainConcept(c: Concept): Concept {
  const out: Concept = { id: c.id, terms: c.terms.map((t) => ({ ...t })) };
  if (c.subjectField) out.subjectField = c.subjectField;
  if (c.definitions && Object.keys(c.definitions).length > 0) out.definitions = { ...c.definitions };
  if (c.notes && Object.keys(c.notes).length > 0) out.notes = { ...c.notes };
  return out;
}
