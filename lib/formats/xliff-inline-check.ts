/**
 * Inline content of a unit (or of a translation candidate): the elements and their attributes,
 * ids, sc/ec and sm/em spans, dataRef, copyOf, annotations and references. Source and target are
 * each read as one sequence of events across the unit's segments (targets in `order`).
 */
import type { Ctx } from './xliff-context';
import { checkEditingHints } from './xliff-editing-hints';
import { parseFragment, resolveFragment } from './xliff-fragment';
import type { UnitIdx } from './xliff-index';
import { checkModuleAttributes } from './xliff-mod-attrs';
import { type AttributeSpec, DIRS, YES_NO, checkAttributes, checkEnum, checkNmtoken, checkNoText, elements, isCore } from './xliff-rules';
import { isPrefixedValue, isXmlChar, nmtokenList, parseHex } from './xliff-syntax';
import type { XmlElement } from './xml';

/** A segment or ignorable, where its target goes (`order`), and its source and target. */
export interface Container {
  el: XmlElement;
  index: number;
  position: number;
  source?: XmlElement;
  target?: XmlElement;
}

export type InlineKind = 'ph' | 'pc' | 'sc' | 'ec' | 'mrk' | 'sm' | 'em' | 'cp';

/** One inline element met in reading order; pc and mrk give an open and a close event. */
export interface Ev {
  el: XmlElement;
  kind: InlineKind;
  edge: 'open' | 'close' | 'point';
  /** Index of the segment or ignorable it belongs to. */
  part: number;
}

export interface InlineScope {
  kind: 'unit' | 'match';
  data: Map<string, XmlElement>;
  unit?: UnitIdx;
}

const CODE_COMMON = ['id', 'canCopy', 'canDelete', 'canReorder', 'copyOf', 'subType', 'type'];
const MARKER = ['id', 'translate', 'type', 'ref', 'value'];
const SPECS: Record<Exclude<InlineKind, 'cp'>, AttributeSpec> = {
  ph: { allowed: [...CODE_COMMON, 'disp', 'equiv', 'dataRef', 'subFlows'], required: ['id'], ext: 'code' },
  pc: {
    allowed: [...CODE_COMMON, 'canOverlap', 'dispStart', 'dispEnd', 'equivStart', 'equivEnd', 'dataRefStart', 'dataRefEnd', 'subFlowsStart', 'subFlowsEnd', 'dir'],
    required: ['id'],
    ext: 'code',
  },
  sc: { allowed: [...CODE_COMMON, 'canOverlap', 'dataRef', 'dir', 'disp', 'equiv', 'isolated', 'subFlows'], required: ['id'], ext: 'code' },
  ec: { allowed: [...CODE_COMMON, 'canOverlap', 'dataRef', 'dir', 'disp', 'equiv', 'isolated', 'startRef', 'subFlows'], ext: 'code' },
  mrk: { allowed: MARKER, required: ['id'], ext: 'annotation' },
  sm: { allowed: MARKER, required: ['id'], ext: 'annotation' },
  em: { allowed: ['startRef'], required: ['startRef'], ext: 'none' },
};
const CODE_TYPES = ['fmt', 'ui', 'quote', 'link', 'image', 'other'];
const XLF_SUBTYPES: Record<string, string> = { 'xlf:lb': 'fmt', 'xlf:pb': 'fmt', 'xlf:b': 'fmt', 'xlf:i': 'fmt', 'xlf:u': 'fmt', 'xlf:var': 'ui' };
const DATA_REFS = ['dataRef', 'dataRefStart', 'dataRefEnd'];

export const isCode = (kind: InlineKind): boolean => kind === 'ph' || kind === 'pc' || kind === 'sc' || kind === 'ec';

/** Checks the inline content of one unit: both sides, ids, spans, references, editing hints. */
export function checkUnitInline(unit: UnitIdx, parts: Container[], ctx: Ctx): void {
  checkInline(parts, { kind: 'unit', data: unit.data, unit }, ctx);
}

/** Checks inline content in `parts` (a unit's segments, or a match's single source/target). */
export function checkInline(parts: Container[], scope: InlineScope, ctx: Ctx): void {
  const source: Ev[] = [];
  for (const p of parts) if (p.source) collect(p.source, p.index, source, scope, ctx);
  const withTarget = parts.filter((p) => p.target).sort((a, b) => a.position - b.position);
  const target: Ev[] = [];
  for (const p of withTarget) collect(p.target!, p.index, target, scope, ctx);
  checkIds(parts, source, target, scope, ctx);
  const complete = scope.kind === 'match' || parts.every((p) => p.el.local === 'ignorable' || p.target);
  checkSpans(source, true, ctx);
  checkSpans(target, complete, ctx);
  checkCopies([...source, ...target], ctx);
  if (scope.kind === 'unit') checkEditingHints(source, target, parts, ctx);
}

function collect(parent: XmlElement, part: number, out: Ev[], scope: InlineScope, ctx: Ctx): void {
  const r = ctx.report;
  for (const child of parent.children) {
    if (child.type === 'text') continue;
    const kind = child.local as InlineKind;
    if (!isCore(child) || !(kind in SPECS || kind === 'cp')) {
      r.add('core.element.allowed', child, `<${child.name}> in inline content`);
      continue;
    }
    if (kind === 'cp') {
      checkCp(child, ctx);
      continue;
    }
    checkElement(child, kind, scope, ctx);
    if (kind === 'pc' || kind === 'mrk') {
      out.push({ el: child, kind, edge: 'open', part });
      collect(child, part, out, scope, ctx);
      out.push({ el: child, kind, edge: 'close', part });
    } else {
      if (child.children.some((c) => c.type === 'element' || c.value !== '')) r.add('core.element.text', child, `<${kind}> must be empty`);
      out.push({ el: child, kind, edge: 'point', part });
    }
  }
}

function checkElement(el: XmlElement, kind: Exclude<InlineKind, 'cp'>, scope: InlineScope, ctx: Ctx): void {
  const r = ctx.report;
  checkAttributes(el, SPECS[kind], r, ctx.seen, isCode(kind) ? ctx.codeNamespaces : []);
  for (const name of ['id', 'startRef', 'copyOf', ...DATA_REFS]) checkNmtoken(el, name, r);
  checkModuleAttributes(el, ctx);
  if (isCode(kind)) checkCode(el, kind, scope, ctx);
  else if (kind === 'mrk' || kind === 'sm') checkAnnotation(el, scope, ctx);
}

function checkCode(el: XmlElement, kind: InlineKind, scope: InlineScope, ctx: Ctx): void {
  const r = ctx.report;
  const a = el.attrs;
  for (const name of ['canCopy', 'canDelete', 'canOverlap', 'isolated']) checkEnum(el, name, YES_NO, r);
  checkEnum(el, 'canReorder', ['yes', 'no', 'firstNo'], r);
  checkEnum(el, 'dir', DIRS, r);
  if (a.type !== undefined && !CODE_TYPES.includes(a.type)) r.add('core.type.value', el, `type="${a.type}" on <${kind}>`);
  if (a.subType !== undefined) {
    if (a.type === undefined) r.add('core.subType.type', el, `subType="${a.subType}" without type`);
    if (!isPrefixedValue(a.subType)) r.add('core.subType.value', el, `subType="${a.subType}"`);
    else if (a.subType.startsWith('xlf:') && a.type !== undefined && XLF_SUBTYPES[a.subType] !== a.type) {
      r.add('core.subType.value', el, `subType="${a.subType}" with type="${a.type}"`);
    }
  }
  if ((a.canReorder === 'no' || a.canReorder === 'firstNo') && (a.canCopy !== 'no' || a.canDelete !== 'no')) {
    r.add('core.canReorder.copyDelete', el, `canReorder="${a.canReorder}" needs canCopy="no" and canDelete="no"`);
  }
  for (const name of DATA_REFS) {
    const ref = a[name];
    if (ref !== undefined && !scope.data.has(ref)) r.add('core.dataRef.resolve', el, `${name}="${ref}" names no <data>`);
  }
  if (kind === 'pc') {
    for (const [start, end] of [['dataRefStart', 'dataRefEnd'], ['equivStart', 'equivEnd'], ['subFlowsStart', 'subFlowsEnd']] as const) {
      if ((a[start] === undefined) !== (a[end] === undefined)) r.add('core.pc.pair', el, `${start} and ${end} go together`);
    }
  }
  if (kind === 'ec') {
    const isolated = a.isolated === 'yes';
    if (isolated && (a.id === undefined || a.startRef !== undefined)) r.add('core.ec.isolated', el, 'an isolated <ec> has id and no startRef');
    if (!isolated && (a.startRef === undefined || a.id !== undefined)) r.add('core.ec.isolated', el, 'a non-isolated <ec> has startRef and no id');
    if (!isolated && a.dir !== undefined) r.add('core.ec.isolated', el, 'dir on a non-isolated <ec>');
  }
  for (const name of ['subFlows', 'subFlowsStart', 'subFlowsEnd']) {
    const value = a[name];
    if (value === undefined) continue;
    const ids = nmtokenList(value);
    if (!ids) r.add('core.subFlows.resolve', el, `${name}="${value}" is not a list of unit ids`);
    else if (scope.unit) {
      const file = scope.unit.file;
      ctx.deferred.push(() => {
        for (const id of ids) if (!file.units.has(id)) r.add('core.subFlows.resolve', el, `${name}: no unit "${id}" in file "${file.id}"`);
      });
    }
  }
}

function checkAnnotation(el: XmlElement, scope: InlineScope, ctx: Ctx): void {
  const r = ctx.report;
  const { type, ref, value, translate } = el.attrs;
  checkEnum(el, 'translate', YES_NO, r);
  if (type !== undefined && !['generic', 'comment', 'term'].includes(type) && !isPrefixedValue(type)) r.add('core.type.value', el, `type="${type}" on <${el.local}>`);
  if (scope.kind === 'unit' && (type === undefined || type === 'generic') && translate === undefined) {
    r.add('core.annotation.translate', el, `<${el.local}> without type (or generic) needs translate`);
  }
  if (type === 'mtc:match' && ref !== undefined) r.add('core.annotation.mtc', el, 'ref on a mtc:match annotation');
  if (type === 'comment' && (ref === undefined) === (value === undefined)) r.add('core.annotation.comment', el, 'a comment annotation has value or ref, not both');
  if (ref === undefined || !ref.startsWith('#')) {
    if (type === 'comment' && ref !== undefined && value === undefined) r.add('core.annotation.comment', el, `ref="${ref}" is not a reference to a note of the unit`);
    return;
  }
  const parsed = parseFragment(ref, ctx.prefixes);
  if ('problem' in parsed) return r.add(parsed.problem.rule, el, parsed.problem.detail);
  const unit = scope.unit;
  if (type !== 'comment' || value !== undefined || !unit) return;
  ctx.deferred.push(() => {
    const hit = resolveFragment(parsed.fragment, { file: unit.file, ...(unit.group ? { group: unit.group } : {}), unit }, ctx.files);
    if (hit?.kind !== 'note' || hit.scope !== unit) r.add('core.annotation.comment', el, `ref="${ref}" is not a note of this unit`);
  });
}

const compatible = (a: InlineKind, b: InlineKind) => a === b || (a === 'pc' && b === 'sc') || (a === 'sc' && b === 'pc');

/** Segment, ignorable and source inline ids share one scope; target ids repeat their source's. */
function checkIds(parts: Container[], source: Ev[], target: Ev[], scope: InlineScope, ctx: Ctx): void {
  const r = ctx.report;
  const inUnit = new Map<string, { el: XmlElement; kind: InlineKind | 'part' }>();
  for (const p of scope.kind === 'unit' ? parts : []) {
    const id = p.el.attrs.id;
    if (id === undefined) continue;
    if (inUnit.has(id)) r.add('core.id.unique', p.el, `id "${id}" repeated in the unit`);
    else inUnit.set(id, { el: p.el, kind: 'part' });
  }
  for (const ev of source) {
    const id = ev.edge !== 'close' && ev.kind !== 'em' ? ev.el.attrs.id : undefined;
    if (id === undefined) continue;
    if (inUnit.has(id)) r.add('core.id.unique', ev.el, `id "${id}" repeated in the unit`);
    else inUnit.set(id, { el: ev.el, kind: ev.kind });
  }
  const inTarget = new Map<string, XmlElement>();
  for (const ev of target) {
    const id = ev.edge !== 'close' && ev.kind !== 'em' ? ev.el.attrs.id : undefined;
    if (id === undefined) continue;
    const twin = inUnit.get(id);
    if (inTarget.has(id)) r.add('core.id.unique', ev.el, `id "${id}" repeated in the target content`);
    else if (twin && (twin.kind === 'part' || !compatible(twin.kind, ev.kind))) {
      r.add('core.id.target', ev.el, `target <${ev.kind} id="${id}"> does not correspond to the source's <${twin.kind === 'part' ? twin.el.local : twin.kind}>`);
    }
    inTarget.set(id, ev.el);
  }
  if (scope.unit) {
    for (const [id, v] of inUnit) scope.unit.parts.set(id, v.el);
    for (const [id, el] of inTarget) scope.unit.targets.set(id, el);
  }
}

/** sc/ec and sm/em of one side: pairing, order, isolation, and the hints an sc shares with its ec. */
function checkSpans(evs: Ev[], complete: boolean, ctx: Ctx): void {
  const r = ctx.report;
  const allSc = new Set(evs.filter((e) => e.kind === 'sc' && e.el.attrs.isolated !== 'yes').map((e) => e.el.attrs.id));
  const isolated = new Map<string, XmlElement>();
  const open = new Map<string, XmlElement>();
  const closed = new Set<string>();
  const openSm = new Map<string, XmlElement>();
  for (const ev of evs) {
    const a = ev.el.attrs;
    if (ev.kind === 'sc' && a.id !== undefined) {
      if (a.isolated === 'yes') isolated.set(a.id, ev.el);
      else open.set(a.id, ev.el);
    } else if (ev.kind === 'ec' && a.isolated !== 'yes' && a.startRef !== undefined) {
      const ref = a.startRef;
      const sc = open.get(ref);
      if (sc) {
        open.delete(ref);
        closed.add(ref);
        compareHints(sc, ev.el, ctx);
      } else if (isolated.has(ref)) r.add('core.sc.isolated', isolated.get(ref)!, `<sc id="${ref}" isolated="yes"> has its <ec> in the unit`);
      else if (closed.has(ref)) r.add('core.ec.startRef', ev.el, `a second <ec startRef="${ref}">`);
      else r.add('core.ec.startRef', ev.el, allSc.has(ref) ? `<ec startRef="${ref}"> before its <sc>` : `<ec startRef="${ref}"> names no <sc>`);
    } else if (ev.kind === 'sm' && a.id !== undefined) openSm.set(a.id, ev.el);
    else if (ev.kind === 'em' && a.startRef !== undefined) {
      if (!openSm.delete(a.startRef)) r.add('core.sm.em', ev.el, `<em startRef="${a.startRef}"> has no earlier <sm>`);
    }
  }
  if (!complete) return;
  for (const [id, sc] of open) r.add('core.sc.isolated', sc, `<sc id="${id}"> has no <ec> in the unit (isolated="yes" missing)`);
  for (const [id, sm] of openSm) r.add('core.sm.em', sm, `<sm id="${id}"> has no <em>`);
}

/** The editing hints an sc and its ec must share; firstNo on the sc pairs with no on the ec. */
function compareHints(sc: XmlElement, ec: XmlElement, ctx: Ctx): void {
  for (const name of ['canCopy', 'canDelete', 'canOverlap']) {
    if ((sc.attrs[name] ?? 'yes') !== (ec.attrs[name] ?? 'yes')) {
      ctx.report.add('core.sc-ec.hints', ec, `${name} differs between <sc id="${sc.attrs.id}"> and its <ec>`);
    }
  }
  const scReorder = sc.attrs.canReorder === 'firstNo' ? 'no' : (sc.attrs.canReorder ?? 'yes');
  if (scReorder !== (ec.attrs.canReorder ?? 'yes')) ctx.report.add('core.sc-ec.hints', ec, `canReorder differs between <sc id="${sc.attrs.id}"> and its <ec>`);
}

/** copyOf names a code of the unit that has no original data and may be copied. */
function checkCopies(evs: Ev[], ctx: Ctx): void {
  const r = ctx.report;
  const codes = new Map<string, XmlElement>();
  for (const ev of evs) {
    const id = ev.el.attrs.id;
    if (isCode(ev.kind) && ev.edge !== 'close' && id !== undefined && !codes.has(id)) codes.set(id, ev.el);
  }
  for (const ev of evs) {
    const copyOf = ev.el.attrs.copyOf;
    if (!isCode(ev.kind) || ev.edge === 'close' || copyOf === undefined) continue;
    if (DATA_REFS.some((n) => ev.el.attrs[n] !== undefined)) r.add('core.copyOf.originalData', ev.el, 'a code with copyOf has no dataRef of its own');
    const base = codes.get(copyOf);
    if (!base) {
      r.add('core.copyOf.resolve', ev.el, `copyOf="${copyOf}" names no code of the unit`);
      continue;
    }
    if (DATA_REFS.some((n) => base.attrs[n] !== undefined)) r.add('core.copyOf.originalData', ev.el, `copyOf="${copyOf}": the base code has original data`);
    if (base.attrs.canCopy === 'no') r.add('core.copyOf.canCopy', ev.el, `copyOf="${copyOf}": the base code has canCopy="no"`);
  }
}

/** `<originalData>`: one or more `<data id>` holding text and `<cp>`; ids unique in the unit. */
export function checkOriginalData(el: XmlElement, data: Map<string, XmlElement>, ctx: Ctx): void {
  const r = ctx.report;
  checkAttributes(el, { allowed: [], ext: 'none' }, r, ctx.seen);
  checkNoText(el, r);
  const items = elements(el);
  if (items.length === 0) r.add('core.element.required', el, '<originalData> without <data>');
  for (const d of items) {
    if (!isCore(d, 'data')) {
      r.add('core.element.allowed', d, `<${d.name}> in <originalData>`);
      continue;
    }
    checkAttributes(d, { allowed: ['id', 'dir'], required: ['id'], xml: ['space'], ext: 'none' }, r, ctx.seen);
    checkNmtoken(d, 'id', r);
    checkEnum(d, 'dir', DIRS, r);
    const space = d.attrs['xml:space'];
    if (space !== undefined && space !== 'preserve') r.add('core.xmlSpace.value', d, `xml:space="${space}" on <data> (fixed to preserve)`);
    for (const c of elements(d)) {
      if (isCore(c, 'cp')) checkCp(c, ctx);
      else r.add('core.element.allowed', c, `<${c.name}> in <data>`);
    }
    const id = d.attrs.id;
    if (id === undefined) continue;
    if (data.has(id)) r.add('core.id.unique', d, `data id "${id}" repeated in <originalData>`);
    else data.set(id, d);
  }
}

/** `<cp hex>`: a code point written as 4 to 6 hex digits, only for characters XML cannot carry. */
export function checkCp(cp: XmlElement, ctx: Ctx): void {
  const r = ctx.report;
  checkAttributes(cp, { allowed: ['hex'], required: ['hex'], ext: 'none' }, r, ctx.seen);
  if (cp.children.length > 0) r.add('core.element.text', cp, '<cp> must be empty');
  const hex = cp.attrs.hex;
  if (hex === undefined) return;
  const code = parseHex(hex);
  if (code === undefined) r.add('core.cp.hex', cp, `hex="${hex}"`);
  else if (isXmlChar(code)) r.add('core.cp.char', cp, `hex="${hex}" is a character XML can carry`);
}

