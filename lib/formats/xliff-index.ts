/** What the validator remembers of a document to resolve references once it has seen all of it. */
import { idOf } from './xliff-rules';
import type { XmlElement } from './xml';

/** Registered fragment-identifier prefixes of modules and extensions, by namespace. */
export class PrefixRegistry {
  private readonly byNs = new Map<string, string>();

  constructor(extra: Record<string, string> = {}) {
    for (const [ns, prefix] of [...Object.entries(BUILT_IN_PREFIXES), ...Object.entries(extra)]) this.byNs.set(ns, prefix);
  }

  prefixOf(ns: string): string | undefined {
    return this.byNs.get(ns);
  }

  isRegistered(prefix: string): boolean {
    for (const p of this.byNs.values()) if (p === prefix) return true;
    return false;
  }
}

// The prefixes the module specifications define, and TBX, which the OASIS test suite registers
// (core/valid/extra-prefixes.properties) for its TBX extension example.
const BUILT_IN_PREFIXES: Record<string, string> = {
  'urn:oasis:names:tc:xliff:matches:2.0': 'mtc',
  'urn:oasis:names:tc:xliff:glossary:2.0': 'gls',
  'urn:oasis:names:tc:xliff:fs:2.0': 'fs',
  'urn:oasis:names:tc:xliff:metadata:2.0': 'mda',
  'urn:oasis:names:tc:xliff:resourcedata:2.0': 'res',
  'urn:oasis:names:tc:xliff:changetracking:2.0': 'ctr',
  'urn:oasis:names:tc:xliff:changetracking:2.1': 'ctr',
  'urn:oasis:names:tc:xliff:sizerestriction:2.0': 'slr',
  'urn:oasis:names:tc:xliff:validation:2.0': 'val',
  'urn:iso:std:iso:30042:ed-1:v1:en': 'tbx',
  'urn:iso:std:iso:30042:ed-2': 'tbx',
};

/** ids of module and extension elements below a file, group or unit, by registered prefix. */
export type ExtIds = Map<string, Map<string, XmlElement>>;

export interface ScopeIdx {
  kind: 'file' | 'group' | 'unit';
  el: XmlElement;
  id: string;
  notes: Map<string, XmlElement>;
  ext: ExtIds;
}

export interface FileIdx extends ScopeIdx {
  kind: 'file';
  groups: Map<string, GroupIdx>;
  units: Map<string, UnitIdx>;
}

export interface GroupIdx extends ScopeIdx {
  kind: 'group';
  file: FileIdx;
  parent?: GroupIdx;
}

export interface UnitIdx extends ScopeIdx {
  kind: 'unit';
  file: FileIdx;
  group?: GroupIdx;
  data: Map<string, XmlElement>;
  /** Segments, ignorables and source inline elements by id (the unprefixed selector). */
  parts: Map<string, XmlElement>;
  /** Target inline elements by id (the `t` selector). */
  targets: Map<string, XmlElement>;
}

export function newScope<K extends ScopeIdx['kind']>(kind: K, el: XmlElement): ScopeIdx & { kind: K } {
  return { kind, el, id: el.attrs.id ?? '', notes: new Map(), ext: new Map() };
}

/** Indexes the ids of a module or extension child of a scope (and of its descendants). */
export function indexExtension(scope: ScopeIdx, child: XmlElement, prefixes: PrefixRegistry): void {
  const prefix = prefixes.prefixOf(child.uri);
  if (!prefix) return;
  let ids = scope.ext.get(prefix);
  if (!ids) scope.ext.set(prefix, (ids = new Map()));
  const stack = [child];
  while (stack.length > 0) {
    const el = stack.pop()!;
    const id = idOf(el);
    if (id !== undefined && !ids.has(id)) ids.set(id, el);
    for (const c of el.children) if (c.type === 'element') stack.push(c);
  }
}

/** Whether `unit` lies inside `group` (at any depth). */
export function unitInGroup(unit: UnitIdx, group: GroupIdx): boolean {
  for (let g = unit.group; g; g = g.parent) if (g === group) return true;
  return false;
}
