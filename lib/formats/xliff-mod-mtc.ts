/** Translation Candidates module (mtc): <matches> of <match> in a unit. */
import type { Ctx, Place } from './xliff-context';
import { parseFragment, resolveFragment } from './xliff-fragment';
import { checkInline, checkOriginalData } from './xliff-inline-check';
import { checkModuleElementAttrs, isXliffNs, ownChildren } from './xliff-mod-common';
import { checkMetadata } from './xliff-mod-mda';
import { checkAttributes, checkNoText, elements, isCore } from './xliff-rules';
import { isDecimalIn, isNmtoken, isPrefixedValue } from './xliff-syntax';
import type { XmlElement } from './xml';

const MATCH_ATTRS = ['id', 'matchQuality', 'matchSuitability', 'origin', 'ref', 'reference', 'similarity', 'subType', 'type'];
const TYPES = ['am', 'mt', 'icm', 'idm', 'tb', 'tm', 'other'];

export function checkMatches(matches: XmlElement, place: Place, ctx: Ctx): void {
  const r = ctx.report;
  checkModuleElementAttrs(matches, [], ctx);
  checkNoText(matches, r);
  const items = ownChildren(matches, ['match'], ctx);
  if (items.length === 0) r.add('mod.placement', matches, '<matches> without <match>');
  const ids = new Set<string>();
  for (const match of items) {
    const id = match.attrs.id;
    if (id !== undefined) {
      if (!isNmtoken(id)) r.add('mod.mtc.id', match, `id="${id}" is not an NMTOKEN`);
      else if (ids.has(id)) r.add('mod.mtc.id', match, `id "${id}" repeated in <matches>`);
      ids.add(id);
    }
    checkMatch(match, place, ctx);
  }
}

function checkMatch(match: XmlElement, place: Place, ctx: Ctx): void {
  const r = ctx.report;
  if (match.attrs['xml:lang'] !== undefined) r.add('mod.mtc.xmlLang', match, 'xml:lang on <match>');
  checkModuleElementAttrs(match, MATCH_ATTRS, ctx);
  const { type, subType, reference, ref } = match.attrs;
  if (type !== undefined && !TYPES.includes(type)) r.add('mod.mtc.type', match, `type="${type}"`);
  if (subType !== undefined && (type === undefined || !isPrefixedValue(subType))) r.add('mod.mtc.type', match, `subType="${subType}"${type === undefined ? ' without type' : ''}`);
  for (const name of ['matchQuality', 'matchSuitability', 'similarity']) {
    const v = match.attrs[name];
    if (v !== undefined && !isDecimalIn(v, 0, 100)) r.add('mod.mtc.value', match, `${name}="${v}" (0 to 100)`);
  }
  if (reference !== undefined && reference !== 'yes' && reference !== 'no') r.add('mod.mtc.value', match, `reference="${reference}"`);
  checkRef(match, ref, place, ctx);
  checkNoText(match, r);
  let stage = -1; // last seen: 0 metadata, 1 originalData, 2 source, 3 target, 4 extensions
  let source: XmlElement | undefined;
  let target: XmlElement | undefined;
  const data = new Map<string, XmlElement>();
  for (const c of elements(match)) {
    const next = c.uri === 'urn:oasis:names:tc:xliff:metadata:2.0' && c.local === 'metadata' ? 0
      : isCore(c, 'originalData') ? 1 : isCore(c, 'source') ? 2 : isCore(c, 'target') ? 3 : isXliffNs(c.uri) ? -1 : 4;
    if (next < 0) {
      r.add('mod.placement', c, `<${c.name}> in <mtc:match>`);
      continue;
    }
    if (next === 4 ? stage < 3 : next <= stage) r.add('core.element.order', c, `<${c.name}> out of place in <mtc:match>`);
    stage = Math.max(stage, next);
    if (next === 0) checkMetadata(c, ctx);
    else if (next === 1) checkOriginalData(c, data, ctx);
    else if (next === 2) source = c;
    else if (next === 3) target = c;
    else ctx.seen.add(c.uri);
  }
  if (!source || !target) r.add('mod.placement', match, '<mtc:match> needs a <source> and a <target>');
  for (const side of [source, target]) if (side) checkAttributes(side, { allowed: [], xml: ['lang', 'space'], ext: 'none' }, r, ctx.seen);
  checkInline([{ el: match, index: 0, position: 1, ...(source ? { source } : {}), ...(target ? { target } : {}) }], { kind: 'match', data }, ctx);
}

/** ref is a fragment identifier pointing to a segment or inline element of the same unit. */
function checkRef(match: XmlElement, ref: string | undefined, place: Place, ctx: Ctx): void {
  const r = ctx.report;
  if (ref === undefined) return r.add('mod.mtc.ref', match, 'ref is required on <match>');
  if (!ref.startsWith('#')) return r.add('mod.mtc.ref', match, `ref="${ref}" is not a fragment identifier`);
  const parsed = parseFragment(ref, ctx.prefixes);
  if ('problem' in parsed) return r.add(parsed.problem.rule, match, parsed.problem.detail);
  const unit = place.unit;
  if (!unit) return;
  ctx.deferred.push(() => {
    const hit = resolveFragment(parsed.fragment, { file: unit.file, ...(unit.group ? { group: unit.group } : {}), unit }, ctx.files);
    if (!hit || (hit.kind !== 'part' && hit.kind !== 'target') || hit.unit !== unit) r.add('mod.mtc.ref', match, `ref="${ref}" is not a span of this unit`);
  });
}
