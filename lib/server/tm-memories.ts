// The Memories page's overview (issue 13): each memory with its language pairs.
import { memoryPairRows } from '../db/tm-pairs';
import { listMemoryRows } from '../db/tm';
import type { ActionResult } from '../contract/result';
import type { Lang } from '../text/lang';
import type { TmMemory } from '../tm/types';
import { act } from './act';
import type { Actor } from './actor';

export interface MemoryOverview extends TmMemory {
  pairs: { source: Lang; target: Lang; units: number }[];
}

/** Every memory with its unit count and the language pairs its units hold. */
export function memoryOverview(actor: Actor): Promise<ActionResult<MemoryOverview[]>> {
  return act(actor, 'tm.read', async () => {
    const [memories, pairs] = await Promise.all([listMemoryRows(), memoryPairRows()]);
    return memories.map((m) => ({
      ...m,
      pairs: pairs.filter((p) => p.memoryId === m.id).map((p) => ({ source: p.sourceLang, target: p.targetLang, units: p.units })),
    }));
  });
}
