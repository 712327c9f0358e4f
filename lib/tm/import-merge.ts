import type { Lang } from '../text/lang';
import type { UnitDraft } from './tmx-units';

/** A unit already in the memory that an imported one may meet: same pair and keys, or same pair, source key and tuid. */
export interface ExistingUnit {
  id: number;
  sourceLang: Lang;
  targetLang: Lang;
  sourceKey: string;
  targetKey: string;
  tuid: string | null;
  /** Came from a TMX file (only those are updated by an import; the editor's own units are left alone). */
  imported: boolean;
  /** ISO 8601. */
  changedAt: string;
}

/** What an import does with its units: add some, offer others as updates of existing units, leave the rest. */
export interface ImportPlan {
  add: UnitDraft[];
  /** Candidates: the store writes them only when something differs (else they count as unchanged). */
  update: { id: number; unit: UnitDraft }[];
  /** Units left as they are: the memory (or the file itself) holds them already, as new or newer. */
  unchanged: number;
}

const pairOf = (u: { sourceLang: Lang; targetLang: Lang }) => `${u.sourceLang}>${u.targetLang}`;
/** The identity of a unit in a memory: language pair, normalized source and target (keys never hold '\n'). */
export const identityKey = (u: { sourceLang: Lang; targetLang: Lang; sourceKey: string; targetKey: string }) => `${pairOf(u)}\n${u.sourceKey}\n${u.targetKey}`;
const tuidKey = (u: { sourceLang: Lang; targetLang: Lang; sourceKey: string }, tuid: string) => `${pairOf(u)}\n${u.sourceKey}\n${tuid}`;
const time = (iso: string | null) => (iso === null ? null : Date.parse(iso));

/** Whether an incoming unit may replace a stored one: it is undated (the import is the newest word) or not older. */
export function isNewer(incoming: string | null, stored: string): boolean {
  const a = time(incoming);
  return a === null || a >= time(stored)!;
}

/** Drops repeats inside one file: of the units with one identity, the newest (the later one on a tie) is kept. */
export function dedupeFile(units: readonly UnitDraft[]): { units: UnitDraft[]; repeats: number } {
  const best = new Map<string, UnitDraft>();
  for (const u of units) {
    const k = identityKey(u);
    const had = best.get(k);
    if (!had || isNewer(u.changedAt, had.changedAt ?? '0000-01-01T00:00:00Z')) best.set(k, u);
  }
  return { units: [...best.values()], repeats: units.length - best.size };
}

/**
 * Decides, as mature memories do, what an import adds: a unit whose pair, source and target (normalized)
 * the memory holds already is not added again; it updates that unit when the memory's copy came from
 * TMX and the incoming one is not older. A unit with the same source and another target is a second
 * translation (added), unless its tuid names an imported unit of that source, which it then updates.
 */
export function planImport(units: readonly UnitDraft[], existing: readonly ExistingUnit[]): ImportPlan {
  const { units: distinct, repeats } = dedupeFile(units);
  const byKey = new Map<string, ExistingUnit>();
  const byTuid = new Map<string, ExistingUnit>();
  for (const e of existing) {
    const k = identityKey(e);
    const had = byKey.get(k);
    // Several units may share keys (the editor's, from different documents): an imported one is the one to update.
    if (!had || (e.imported && !had.imported)) byKey.set(k, e);
    if (e.imported && e.tuid !== null) {
      const t = tuidKey(e, e.tuid);
      const prev = byTuid.get(t);
      if (!prev || Date.parse(e.changedAt) > Date.parse(prev.changedAt)) byTuid.set(t, e);
    }
  }
  const plan: ImportPlan = { add: [], update: [], unchanged: repeats };
  const taken = new Set<number>();
  const meet = (u: UnitDraft, same: ExistingUnit) => {
    taken.add(same.id);
    if (same.imported && isNewer(u.changedAt, same.changedAt)) plan.update.push({ id: same.id, unit: u });
    else plan.unchanged++;
  };
  // Identical pairs first, so a tuid never takes a unit that the file also holds unchanged.
  const rest: UnitDraft[] = [];
  for (const u of distinct) {
    const same = byKey.get(identityKey(u));
    if (same && !taken.has(same.id)) meet(u, same);
    else if (same) plan.unchanged++;
    else rest.push(u);
  }
  for (const u of rest) {
    const same = u.tuid !== null ? byTuid.get(tuidKey(u, u.tuid)) : undefined;
    if (same && !taken.has(same.id)) meet(u, same);
    else plan.add.push(u);
  }
  return plan;
}
