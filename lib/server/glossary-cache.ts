import { buildTermIndex, type TermIndex } from '../terms';
import type { Concept } from '../terms/types';
import { glossaryGeneration, listLiveConcepts } from '../db/glossary';

/** The live glossary at one generation: its concepts, by id, and the matcher index over them. */
export interface GlossarySnapshot {
  generation: number;
  concepts: Concept[];
  byId: Map<string, Concept>;
  index: TermIndex;
}

const cache = globalThis as unknown as { tarjumanGlossary?: { generation: number; snapshot: Promise<GlossarySnapshot> } };

/**
 * The whole live glossary, cached in the process and rebuilt only when the glossary's generation
 * (bumped by every write, from the app or the CLI) has moved on: a save's QA and the editor's page
 * never reload every concept (about a second at 100k concepts).
 */
export async function glossarySnapshot(): Promise<GlossarySnapshot> {
  const generation = await glossaryGeneration();
  const hit = cache.tarjumanGlossary;
  if (hit && hit.generation === generation) return hit.snapshot;
  const snapshot = listLiveConcepts().then((concepts) => ({ generation, concepts, byId: new Map(concepts.map((c) => [c.id, c])), index: buildTermIndex(concepts) }));
  cache.tarjumanGlossary = { generation, snapshot };
  // a failed build must not stay cached
  snapshot.catch(() => {
    if (cache.tarjumanGlossary?.snapshot === snapshot) cache.tarjumanGlossary = undefined;
  });
  return snapshot;
}
