/**
 * XLIFF fragment identifiers ("#f=f1/u=u1/n=n1"): syntax, the selector constraints, and
 * resolution against the indexed document (XLIFF 2.1, Fragment Identification).
 */
import { type FileIdx, type GroupIdx, type PrefixRegistry, type ScopeIdx, type UnitIdx, unitInGroup } from './xliff-index';
import type { RuleId } from './xliff-rule-list';
import { isNmtoken } from './xliff-syntax';
import type { XmlElement } from './xml';

export interface Selector {
  prefix?: string;
  id: string;
}

export interface Fragment {
  absolute: boolean;
  selectors: Selector[];
}

export interface FragmentProblem {
  rule: RuleId;
  detail: string;
}

const STRUCTURE = ['f', 'g', 'u'];
const CORE_LEAVES = ['n', 'd', 't'];

/** Parses and checks a same-document reference ("#..."): the fragment, or the first problem. */
export function parseFragment(value: string, prefixes: PrefixRegistry): { fragment: Fragment } | { problem: FragmentProblem } {
  const problem = (rule: RuleId, detail: string) => ({ problem: { rule, detail: `${detail} in "${value}"` } });
  let body = value.slice(1);
  const absolute = body.startsWith('/');
  if (absolute) body = body.slice(1);
  const selectors: Selector[] = [];
  for (const part of body.split('/')) {
    const eq = part.indexOf('=');
    const prefix = eq >= 0 ? part.slice(0, eq) : undefined;
    const id = eq >= 0 ? part.slice(eq + 1) : part;
    if (!isNmtoken(id)) return problem('core.fragid.syntax', `selector "${part}"`);
    if (prefix !== undefined) {
      if (!isNmtoken(prefix)) return problem('core.fragid.prefix', `prefix "${prefix}" is not an NMTOKEN`);
      if (!STRUCTURE.includes(prefix) && !CORE_LEAVES.includes(prefix)) {
        if (prefix.length < 2) return problem('core.fragid.prefix', `prefix "${prefix}" is one character`);
        if (!prefixes.isRegistered(prefix)) return problem('core.fragid.prefix', `prefix "${prefix}" is not registered`);
      }
    }
    selectors.push(prefix !== undefined ? { prefix, id } : { id });
  }
  const seen = new Set<string>();
  let rank = -1;
  let leaves = 0;
  for (const [i, s] of selectors.entries()) {
    if (s.prefix !== undefined) {
      if (seen.has(s.prefix)) return problem('core.fragid.unique', `prefix "${s.prefix}" repeated`);
      seen.add(s.prefix);
    }
    const structural = s.prefix !== undefined && STRUCTURE.includes(s.prefix);
    if (structural) {
      if (leaves > 0) return problem('core.fragid.leaf', `"${s.prefix}=" after a leaf selector`);
      const r = STRUCTURE.indexOf(s.prefix!);
      if (r < rank) return problem('core.fragid.order', `"${s.prefix}=" after a lower-level selector`);
      rank = r;
    } else {
      leaves++;
      if (leaves > 1 || i !== selectors.length - 1) return problem('core.fragid.leaf', 'more than one leaf selector, or not last');
    }
  }
  return { fragment: { absolute, selectors } };
}

export interface ResolveContext {
  file?: FileIdx;
  group?: GroupIdx;
  unit?: UnitIdx;
}

export type Resolved =
  | { kind: 'file' | 'group' | 'unit'; el: XmlElement }
  | { kind: 'note'; el: XmlElement; scope: ScopeIdx }
  | { kind: 'data' | 'part' | 'target'; el: XmlElement; unit: UnitIdx }
  | { kind: 'module'; el: XmlElement; scope: ScopeIdx };

/**
 * What a parsed fragment points to, or undefined. Selectors missing in a relative reference are
 * taken from the context, but only above the first selector given ("#f=f1/n=n1" is a file note).
 */
export function resolveFragment(frag: Fragment, ctx: ResolveContext, files: Map<string, FileIdx>): Resolved | undefined {
  const by = (p: string) => frag.selectors.find((s) => s.prefix === p)?.id;
  const [f, g, u] = [by('f'), by('g'), by('u')];
  const relative = !frag.absolute;
  const file = f !== undefined ? files.get(f) : relative ? ctx.file : undefined;
  if (!file) return undefined;
  const explicit = f !== undefined;
  let group: GroupIdx | undefined;
  if (g !== undefined) group = file.groups.get(g);
  else if (!explicit && u === undefined && relative) group = ctx.group;
  if (g !== undefined && !group) return undefined;
  let unit: UnitIdx | undefined;
  if (u !== undefined) {
    unit = file.units.get(u);
    if (!unit || (group && !unitInGroup(unit, group))) return undefined;
  } else if (!explicit && g === undefined && relative) unit = ctx.unit;
  const last = frag.selectors[frag.selectors.length - 1]!;
  const isLeaf = last.prefix === undefined || !STRUCTURE.includes(last.prefix);
  if (!isLeaf) {
    if (u !== undefined) return { kind: 'unit', el: unit!.el };
    if (g !== undefined) return { kind: 'group', el: group!.el };
    return { kind: 'file', el: file.el };
  }
  const scope: ScopeIdx = unit ?? group ?? file;
  switch (last.prefix) {
    case 'n': {
      const el = scope.notes.get(last.id);
      return el ? { kind: 'note', el, scope } : undefined;
    }
    case 'd':
    case 't':
    case undefined: {
      if (!unit) return undefined;
      const map = last.prefix === 'd' ? unit.data : last.prefix === 't' ? unit.targets : unit.parts;
      const el = map.get(last.id);
      const kind = last.prefix === 'd' ? 'data' : last.prefix === 't' ? 'target' : 'part';
      return el ? { kind, el, unit } : undefined;
    }
    default: {
      const el = scope.ext.get(last.prefix)?.get(last.id);
      return el ? { kind: 'module', el, scope } : undefined;
    }
  }
}
