import { buildTermIndex, matchTerms, type TermIndex } from '../terms';
import type { TermMatch } from '../terms/types';
import type { Lang } from '../text/lang';
import { loadStored, plainConcept } from './glossary-rows';
import { sql } from './sql';

interface Cached {
  generation: number;
  index: Promise<TermIndex>;
}

const cache = globalThis as unknown as { tarjumanGlossaryIndex?: Cached };

async function currentGeneration(): Promise<number> {
  const [r] = await sql<{ generation: number }[]>`select generation from glossary_state`;
  return r?.generation ?? 0;
}

/**
 * The matcher index of the whole live glossary, cached in the process and rebuilt when the glossary's
 * generation (bumped by every write, from the app or the CLI) has moved on.
 */
export async function glossaryIndex(): Promise<TermIndex> {
  const generation = await currentGeneration();
  const hit = cache.tarjumanGlossaryIndex;
  if (hit && hit.generation === generation) return hit.index;
  const index = loadStored(sql, null).then((all) => buildTermIndex(all.map(plainConcept)));
  cache.tarjumanGlossaryIndex = { generation, index };
  // a failed build must not stay cached
  index.catch(() => {
    if (cache.tarjumanGlossaryIndex?.index === index) cache.tarjumanGlossaryIndex = undefined;
  });
  return index;
}

/** Glossary terms in one text, by the lib matcher over the cached index. */
export async function matchGlossary(text: string, lang: Lang): Promise<TermMatch[]> {
  return matchTerms(await glossaryIndex(), text, lang);
}
