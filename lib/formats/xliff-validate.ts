/**
 * XLIFF 2.1 validator: the structure of the document (xliff, file, group, unit, notes,
 * originalData, segment, ignorable), then each unit's inline content and the modules.
 * Every violation names a rule of xliff-rule-list.ts; the walk goes on after one (up to maxErrors).
 */
import { FormatError } from './format-error';
import type { Ctx } from './xliff-context';
import { checkCp, checkOriginalData, checkUnitInline, type Container } from './xliff-inline-check';
import { type FileIdx, type GroupIdx, PrefixRegistry, type ScopeIdx, type UnitIdx, indexExtension } from './xliff-index';
import { checkModuleAttributes, readSlrProfiles } from './xliff-mod-attrs';
import { checkModuleElement, moduleOf, rulesFor } from './xliff-modules';
import { DIRS, Report, ReportFull, YES_NO, checkAttributes, checkEnum, checkNmtoken, checkNoText, duplicates, elements, idOf, isCore } from './xliff-rules';
import { isLangTag, isPrefixedValue, langIn } from './xliff-syntax';
import { XLIFF_NS, type XliffIssue, type XliffValidateOptions, type XliffValidation } from './xliff-types';
import { parseXml, type XmlElement } from './xml';

/** Validates XLIFF 2 bytes; the result names every broken rule (first one also at the top level). */
export function validateXliff(bytes: Uint8Array, options: XliffValidateOptions = {}): XliffValidation {
  let root: XmlElement;
  try {
    root = parseXml(bytes);
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    const issue: XliffIssue = { rule: err.code, message: err.message, ...(err.line !== undefined ? { line: err.line, column: err.column } : {}) };
    return { valid: false, ...issue, errors: [issue], rulesChecked: [], modulesNotValidated: [] };
  }
  return validateXliffTree(root, options);
}

/** Validates an already parsed element tree. */
export function validateXliffTree(root: XmlElement, options: XliffValidateOptions = {}): XliffValidation {
  const ctx: Ctx = {
    report: new Report(options.maxErrors ?? 100),
    prefixes: new PrefixRegistry(options.prefixes),
    seen: new Set(),
    files: new Map(),
    deferred: [],
    srcLang: root.attrs.srcLang ?? '',
    ...(root.attrs.trgLang !== undefined ? { trgLang: root.attrs.trgLang } : {}),
    codeNamespaces: options.codeAttributeNamespaces ?? [],
    slr: {},
    parents: new Map(),
  };
  const elementNamespaces = new Set<string>();
  ctx.parents = parentsOf(root, elementNamespaces);
  try {
    checkRoot(root, ctx);
    for (const check of ctx.deferred) check();
  } catch (err) {
    if (!(err instanceof ReportFull)) throw err;
  }
  const { rulesChecked, modulesNotValidated } = rulesFor(ctx.seen, elementNamespaces);
  const errors = ctx.report.issues;
  const coverage = { errors, rulesChecked, modulesNotValidated };
  return errors.length === 0 ? { valid: true, ...coverage } : { valid: false, ...errors[0]!, ...coverage };
}

/** The parent of every element; records the namespaces of all elements in `namespaces`. */
function parentsOf(root: XmlElement, namespaces: Set<string>): Map<XmlElement, XmlElement> {
  const parents = new Map<XmlElement, XmlElement>();
  const stack = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      namespaces.add(c.uri);
      parents.set(c, el);
      stack.push(c);
    }
  }
  return parents;
}

/** xml:lang and xml:space in force, inherited down the tree. */
interface Inherited {
  lang?: string;
  space: string;
}

function inherit(el: XmlElement, up: Inherited): Inherited {
  const lang = el.attrs['xml:lang'];
  const space = el.attrs['xml:space'];
  return { ...(lang !== undefined ? { lang } : up.lang !== undefined ? { lang: up.lang } : {}), space: space ?? up.space };
}

function checkRoot(root: XmlElement, ctx: Ctx): void {
  const r = ctx.report;
  if (root.local !== 'xliff' || root.uri !== XLIFF_NS) {
    r.add('core.xliff.namespace', root, `root <${root.name}> in "${root.uri}"`);
    return;
  }
  checkAttributes(root, { allowed: ['version', 'srcLang', 'trgLang'], required: ['version', 'srcLang'], ext: 'any' }, r, ctx.seen);
  const { version, srcLang, trgLang } = root.attrs;
  if (version !== undefined && version !== '2.0' && version !== '2.1') r.add('core.xliff.version', root, `version="${version}"`);
  if (srcLang !== undefined && !isLangTag(srcLang)) r.add('core.lang.syntax', root, `srcLang="${srcLang}"`);
  if (trgLang !== undefined && !isLangTag(trgLang)) r.add('core.lang.syntax', root, `trgLang="${trgLang}"`);
  checkNoText(root, r);
  const files: XmlElement[] = [];
  for (const child of elements(root)) {
    if (isCore(child, 'file')) files.push(child);
    else r.add('core.element.allowed', child, `<${child.name}> in <xliff>`);
  }
  if (files.length === 0) r.add('core.element.required', root, 'no <file> in <xliff>');
  for (const dup of duplicates(files, (f) => f.attrs.id)) r.add('core.id.unique', dup, `file id "${dup.attrs.id}" repeated`);
  const up = inherit(root, { space: 'default' });
  for (const file of files) checkFile(file, ctx, up);
}

const CONTAINER_ATTRS = ['id', 'canResegment', 'translate', 'srcDir', 'trgDir'];

function checkScopeAttrs(el: XmlElement, extra: string[], ctx: Ctx): void {
  const r = ctx.report;
  checkAttributes(el, { allowed: [...CONTAINER_ATTRS, ...extra], required: ['id'], ext: 'any' }, r, ctx.seen);
  checkNmtoken(el, 'id', r);
  for (const name of ['canResegment', 'translate']) checkEnum(el, name, YES_NO, r);
  for (const name of ['srcDir', 'trgDir']) checkEnum(el, name, DIRS, r);
  const type = el.attrs.type;
  if (type !== undefined && !isPrefixedValue(type)) r.add('core.type.value', el, `type="${type}" on <${el.local}>`);
  checkModuleAttributes(el, ctx);
}

function checkFile(file: XmlElement, ctx: Ctx, parent: Inherited): void {
  checkScopeAttrs(file, ['original'], ctx);
  const idx: FileIdx = { kind: 'file', el: file, id: file.attrs.id ?? '', notes: new Map(), ext: new Map(), groups: new Map(), units: new Map() };
  if (!ctx.files.has(idx.id)) ctx.files.set(idx.id, idx);
  ctx.file = idx;
  ctx.slr = readSlrProfiles(file);
  const units = checkChildren(file, 'file', idx, ctx, inherit(file, parent));
  if (units === 0) ctx.report.add('core.element.required', file, '<file> without <unit> or <group>');
}

/**
 * Children of file and group: [skeleton (file only)], extensions and modules, [notes], then units
 * and groups. Returns how many units and groups it holds.
 */
function checkChildren(el: XmlElement, kind: 'file' | 'group', scope: FileIdx | GroupIdx, ctx: Ctx, up: Inherited): number {
  const r = ctx.report;
  const file = scope.kind === 'file' ? scope : scope.file;
  checkNoText(el, r);
  let stage = 0; // 0 start, 1 extensions, 2 notes, 3 units and groups
  let count = 0;
  const extensions: XmlElement[] = [];
  elements(el).forEach((child, index) => {
    if (!isCore(child)) {
      if (stage >= 2) r.add('core.element.order', child, `<${child.name}> after notes, units or groups in <${kind}>`);
      stage = Math.max(stage, 1);
      extensions.push(child);
      if (moduleOf(child)) checkModuleElement(child, { scope }, ctx);
      else ctx.seen.add(child.uri);
      indexExtension(scope, child, ctx.prefixes);
      return;
    }
    if (child.local === 'skeleton' && kind === 'file') {
      if (index !== 0) r.add('core.element.order', child, '<skeleton> is not the first child of <file>');
      stage = Math.max(stage, 1);
      return checkSkeleton(child, ctx);
    }
    if (child.local === 'notes') {
      if (stage >= 2) r.add('core.element.order', child, `<notes> after units or groups, or twice, in <${kind}>`);
      stage = Math.max(stage, 2);
      return checkNotes(child, scope, ctx);
    }
    if (child.local === 'unit' || child.local === 'group') {
      stage = 3;
      count++;
      if (child.local === 'unit') return checkUnit(child, file, scope.kind === 'group' ? scope : undefined, ctx, up);
      checkScopeAttrs(child, ['name', 'type'], ctx);
      const group: GroupIdx = { kind: 'group', el: child, id: child.attrs.id ?? '', notes: new Map(), ext: new Map(), file, ...(scope.kind === 'group' ? { parent: scope } : {}) };
      if (file.groups.has(group.id)) r.add('core.id.unique', child, `group id "${group.id}" repeated in file "${file.id}"`);
      else file.groups.set(group.id, group);
      checkChildren(child, 'group', group, ctx, inherit(child, up));
      return;
    }
    r.add('core.element.allowed', child, `<${child.local}> in <${kind}>`);
  });
  checkExtensionIds(extensions, ctx);
  return count;
}

/** ids of extension elements (not modules) of one scope are unique, per namespace. */
function checkExtensionIds(extensions: XmlElement[], ctx: Ctx): void {
  const byNs = new Map<string, Set<string>>();
  for (const top of extensions) {
    if (moduleOf(top)) continue;
    let ids = byNs.get(top.uri);
    if (!ids) byNs.set(top.uri, (ids = new Set()));
    // Document order, without recursion (extension content can be large).
    const stack = [top];
    while (stack.length > 0) {
      const el = stack.pop()!;
      const id = idOf(el);
      if (id !== undefined) {
        if (ids.has(id)) ctx.report.add('core.id.extension', el, `id "${id}" repeated among extension elements`);
        ids.add(id);
      }
      stack.push(...elements(el).reverse());
    }
  }
}

function checkSkeleton(skeleton: XmlElement, ctx: Ctx): void {
  const r = ctx.report;
  checkAttributes(skeleton, { allowed: ['href'], ext: 'none' }, r, ctx.seen);
  for (const c of elements(skeleton)) {
    if (isCore(c)) r.add('core.element.allowed', c, `<${c.local}> in <skeleton>`);
    else ctx.seen.add(c.uri);
  }
  const empty = skeleton.children.every((c) => c.type === 'text' && c.value.trim() === '');
  if (skeleton.attrs.href !== undefined && !empty) r.add('core.skeleton.content', skeleton, 'href and content');
  if (skeleton.attrs.href === undefined && empty) r.add('core.skeleton.content', skeleton, 'neither href nor content');
}

function checkNotes(notes: XmlElement, scope: ScopeIdx, ctx: Ctx): void {
  const r = ctx.report;
  checkAttributes(notes, { allowed: [], ext: 'none' }, r, ctx.seen);
  checkNoText(notes, r);
  const items = elements(notes);
  if (items.length === 0) r.add('core.element.required', notes, '<notes> without <note>');
  for (const note of items) {
    if (!isCore(note, 'note')) {
      r.add('core.element.allowed', note, `<${note.name}> in <notes>`);
      continue;
    }
    checkAttributes(note, { allowed: ['id', 'appliesTo', 'category', 'priority'], ext: 'any' }, r, ctx.seen);
    checkNmtoken(note, 'id', r);
    checkEnum(note, 'appliesTo', ['source', 'target'], r);
    const priority = note.attrs.priority;
    if (priority !== undefined && !/^(?:[1-9]|10)$/.test(priority)) r.add('core.attribute.value', note, `priority="${priority}"`);
    for (const c of elements(note)) r.add('core.element.allowed', c, `<${c.name}> in <note>`);
    checkModuleAttributes(note, ctx);
    const id = note.attrs.id;
    if (id === undefined) continue;
    if (scope.notes.has(id)) r.add('core.id.unique', note, `note id "${id}" repeated in <notes>`);
    else scope.notes.set(id, note);
  }
}

function checkUnit(unit: XmlElement, file: FileIdx, group: GroupIdx | undefined, ctx: Ctx, parent: Inherited): void {
  const r = ctx.report;
  checkScopeAttrs(unit, ['name', 'type'], ctx);
  checkNoText(unit, r);
  const idx: UnitIdx = {
    kind: 'unit', el: unit, id: unit.attrs.id ?? '', notes: new Map(), ext: new Map(), file,
    ...(group ? { group } : {}), data: new Map(), parts: new Map(), targets: new Map(),
  };
  if (file.units.has(idx.id)) r.add('core.id.unique', unit, `unit id "${idx.id}" repeated in file "${file.id}"`);
  else file.units.set(idx.id, idx);
  const up = inherit(unit, parent);
  let stage = 0; // 0 extensions, 1 notes, 2 originalData, 3 segments
  const containers: XmlElement[] = [];
  const extensions: XmlElement[] = [];
  for (const child of elements(unit)) {
    if (!isCore(child)) {
      if (stage >= 1) r.add('core.element.order', child, `<${child.name}> after notes, originalData or segments in <unit>`);
      extensions.push(child);
      if (moduleOf(child)) checkModuleElement(child, { scope: idx, unit: idx }, ctx);
      else ctx.seen.add(child.uri);
      indexExtension(idx, child, ctx.prefixes);
    } else if (child.local === 'notes') {
      if (stage >= 1) r.add('core.element.order', child, '<notes> after originalData or segments, or twice, in <unit>');
      stage = Math.max(stage, 1);
      checkNotes(child, idx, ctx);
    } else if (child.local === 'originalData') {
      if (stage >= 2) r.add('core.element.order', child, '<originalData> after segments, or twice, in <unit>');
      stage = Math.max(stage, 2);
      checkOriginalData(child, idx.data, ctx);
    } else if (child.local === 'segment' || child.local === 'ignorable') {
      stage = 3;
      containers.push(child);
    } else r.add('core.element.allowed', child, `<${child.local}> in <unit>`);
  }
  checkExtensionIds(extensions, ctx);
  if (!containers.some((c) => c.local === 'segment')) r.add('core.element.required', unit, '<unit> without <segment>');
  const parts = containers.map((c, index) => checkContainer(c, index, containers.length, ctx, up));
  checkOrder(parts, ctx);
  checkUnitInline(idx, parts, ctx);
}

const STATES = ['initial', 'translated', 'reviewed', 'final'];

/** A segment or ignorable: attributes, source then optional target, language and white space. */
function checkContainer(c: XmlElement, index: number, count: number, ctx: Ctx, up: Inherited): Container {
  const r = ctx.report;
  const segment = c.local === 'segment';
  checkAttributes(c, { allowed: segment ? ['id', 'canResegment', 'state', 'subState'] : ['id'], ext: 'none' }, r, ctx.seen);
  checkNmtoken(c, 'id', r);
  checkNoText(c, r);
  let source: XmlElement | undefined;
  let target: XmlElement | undefined;
  for (const k of elements(c)) {
    if (isCore(k, 'source') && !source && !target) source = k;
    else if (isCore(k, 'target') && !target) {
      if (!source) r.add('core.element.order', k, `<target> before <source> in <${c.local}>`);
      target = k;
    } else r.add('core.element.allowed', k, `<${k.name}> in <${c.local}>`);
  }
  if (!source) r.add('core.element.required', c, `<${c.local}> without <source>`);
  if (segment) {
    checkEnum(c, 'canResegment', YES_NO, r);
    checkEnum(c, 'state', STATES, r);
    const { state, subState } = c.attrs;
    if (subState !== undefined && state === undefined) r.add('core.subState.state', c, 'subState without state');
    if (subState !== undefined && !isPrefixedValue(subState)) r.add('core.attribute.value', c, `subState="${subState}"`);
    if ((state === 'translated' || state === 'reviewed' || state === 'final') && !target) r.add('core.state.target', c, `state="${state}" without <target>`);
  }
  const sourceUp = source ? checkSide(source, 'source', ctx, up) : up;
  let position = index + 1;
  if (target) {
    const targetUp = checkSide(target, 'target', ctx, up);
    if (sourceUp.space !== targetUp.space) r.add('core.target.xmlSpace', target, `xml:space "${targetUp.space}" on target, "${sourceUp.space}" on source`);
    const order = target.attrs.order;
    if (order !== undefined) {
      if (!/^[1-9]\d*$/.test(order) || Number(order) > count) r.add('core.target.order', target, `order="${order}" (1 to ${count})`);
      else position = Number(order);
    }
  }
  return { el: c, index, position, ...(source ? { source } : {}), ...(target ? { target } : {}) };
}

function checkSide(el: XmlElement, side: 'source' | 'target', ctx: Ctx, up: Inherited): Inherited {
  const r = ctx.report;
  checkAttributes(el, { allowed: side === 'target' ? ['order'] : [], xml: ['lang', 'space'], ext: 'none' }, r, ctx.seen);
  const mine = inherit(el, up);
  if (side === 'source') {
    if (mine.lang !== undefined && ctx.srcLang && isLangTag(mine.lang) && !langIn(mine.lang, ctx.srcLang)) {
      r.add('core.source.lang', el, `source in ${mine.lang}, srcLang ${ctx.srcLang}`);
    }
    return mine;
  }
  if (ctx.trgLang === undefined) r.add('core.trgLang.required', el, '<target> without trgLang on <xliff>');
  else if (mine.lang !== undefined && isLangTag(mine.lang) && !langIn(mine.lang, ctx.trgLang)) {
    r.add('core.target.lang', el, `target in ${mine.lang}, trgLang ${ctx.trgLang}`);
  }
  return mine;
}

/** Targets take their position from order or from their segment; no two may share one. */
function checkOrder(parts: Container[], ctx: Ctx): void {
  const taken = new Map<number, Container>();
  for (const p of parts) {
    if (!p.target) continue;
    if (taken.has(p.position)) ctx.report.add('core.target.order', p.target, `position ${p.position} taken by two targets`);
    else taken.set(p.position, p);
  }
}
