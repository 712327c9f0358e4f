/**
 * The XLIFF 2.1 modules: which namespaces the validator has rules for, where each module's top
 * element may appear, and the dispatch to the module checkers (xliff-mod-*.ts).
 */
import type { Ctx, Place } from './xliff-context';
import { ITS_NS } from './xliff-mod-attrs';
import { checkChangeTrack } from './xliff-mod-ctr';
import { checkGlossary } from './xliff-mod-gls';
import { checkMetadata } from './xliff-mod-mda';
import { checkMatches } from './xliff-mod-mtc';
import { checkResourceData } from './xliff-mod-res';
import { checkSlrData, checkSlrProfiles } from './xliff-mod-slr';
import { checkValidation } from './xliff-mod-val';
import { RULES, type RuleId, ruleModule } from './xliff-rule-list';
import { XLIFF_NS } from './xliff-types';
import type { XmlElement } from './xml';

/** Namespaces with rules, by module prefix (ITS has attribute rules only). */
const NAMESPACES: Record<string, string> = {
  'urn:oasis:names:tc:xliff:matches:2.0': 'mtc',
  'urn:oasis:names:tc:xliff:glossary:2.0': 'gls',
  'urn:oasis:names:tc:xliff:fs:2.0': 'fs',
  'urn:oasis:names:tc:xliff:metadata:2.0': 'mda',
  'urn:oasis:names:tc:xliff:resourcedata:2.0': 'res',
  'urn:oasis:names:tc:xliff:changetracking:2.0': 'ctr',
  'urn:oasis:names:tc:xliff:changetracking:2.1': 'ctr',
  'urn:oasis:names:tc:xliff:sizerestriction:2.0': 'slr',
  'urn:oasis:names:tc:xliff:validation:2.0': 'val',
  [ITS_NS]: 'its',
};

/** The module of an element with structural rules ('mtc', 'gls', ...), or undefined (core, extensions, ITS). */
export function moduleOf(el: XmlElement): string | undefined {
  const m = NAMESPACES[el.uri];
  return m === 'its' || m === 'fs' ? undefined : m;
}

type Checker = (el: XmlElement, place: Place, ctx: Ctx) => void;

// Where each module's top element may appear (XLIFF 2.1 modules chapter) and who checks it.
const TOP: Record<string, { in: ('file' | 'group' | 'unit')[]; check: Checker }> = {
  'mtc:matches': { in: ['unit'], check: checkMatches },
  'gls:glossary': { in: ['unit'], check: checkGlossary },
  'mda:metadata': { in: ['file', 'group', 'unit'], check: (el, _p, ctx) => checkMetadata(el, ctx) },
  'res:resourceData': { in: ['file', 'group', 'unit'], check: checkResourceData },
  'ctr:changeTrack': { in: ['file', 'group', 'unit'], check: checkChangeTrack },
  'slr:profiles': { in: ['file'], check: (el, _p, ctx) => checkSlrProfiles(el, ctx) },
  'slr:data': { in: ['file', 'group', 'unit'], check: (el, _p, ctx) => checkSlrData(el, ctx) },
  'val:validation': { in: ['file', 'group', 'unit'], check: checkValidation },
};

/** Checks a module element found among the children of a file, group or unit. */
export function checkModuleElement(el: XmlElement, place: Place, ctx: Ctx): void {
  ctx.seen.add(el.uri);
  const top = TOP[`${moduleOf(el)}:${el.local}`];
  if (!top || !top.in.includes(place.scope.kind)) {
    ctx.report.add('mod.placement', el, `<${el.name}> in <${place.scope.kind}>`);
    return;
  }
  top.check(el, place, ctx);
}

/**
 * The rules applied to a document (core and the modules whose namespaces it uses) and the
 * namespaces without rules. ITS is validated on attributes only: ITS elements (standoff markup)
 * in `elementNamespaces` put the ITS namespace among the ones not validated.
 */
export function rulesFor(seen: Set<string>, elementNamespaces: Set<string> = new Set()): { rulesChecked: string[]; modulesNotValidated: string[] } {
  const modules = new Set<string>(['core']);
  const notValidated: string[] = [];
  for (const ns of seen) {
    const m = NAMESPACES[ns];
    if (m) modules.add(m);
    else if (ns !== XLIFF_NS) notValidated.push(ns);
  }
  if (elementNamespaces.has(ITS_NS)) notValidated.push(ITS_NS);
  const anyModule = modules.size > 1;
  const rulesChecked = (Object.keys(RULES) as RuleId[]).filter((id) => {
    const m = ruleModule(id);
    return modules.has(m) || (anyModule && (m === 'placement' || m === 'attribute'));
  });
  return { rulesChecked, modulesNotValidated: notValidated.sort() };
}
