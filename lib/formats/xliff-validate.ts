/**
 * XLIFF 2.1 validator: structure, attributes and the core constraints of the specification
 * (plus the Matches and Glossary module constraints). Returns the first violated rule.
 */
import { FormatError } from './format-error';
import { checkUnitInline, type LangContext } from './xliff-inline-check';
import { checkModuleElement, moduleOf } from './xliff-modules';
import { DIRS, YES_NO, checkAttrs, checkEnum, checkNoText, fail, isCore, uniqueIds, XliffViolation } from './xliff-rules';
import { isLangTag, isNmtoken, isPrefixedValue } from './xliff-syntax';
import { XLIFF_NS, type XliffValidation } from './xliff-types';
import { childElements, parseXml, type XmlElement } from './xml';

/** Validates XLIFF 2 bytes; `{ valid: false, rule, ... }` names the first constraint broken. */
export function validateXliff(bytes: Uint8Array): XliffValidation {
  let root: XmlElement;
  try {
    root = parseXml(bytes);
  } catch (err) {
    if (err instanceof FormatError) {
      return { valid: false, rule: err.code, message: err.message, ...(err.line !== undefined ? { line: err.line, column: err.column } : {}) };
    }
    throw err;
  }
  return validateXliffTree(root);
}

/** Validates an already parsed element tree. */
export function validateXliffTree(root: XmlElement): XliffValidation {
  try {
    checkRoot(root);
    return { valid: true };
  } catch (err) {
    if (!(err instanceof XliffViolation)) throw err;
    const where = err.el ? { line: err.el.line, column: err.el.column } : {};
    return { valid: false, rule: err.rule, message: err.message, ...where };
  }
}

function checkRoot(root: XmlElement): void {
  if (root.local !== 'xliff' || root.uri !== XLIFF_NS) fail('namespace', root, `root <${root.name}> in "${root.uri}"`);
  checkAttrs(root, ['version', 'srcLang', 'trgLang'], ['version', 'srcLang']);
  if (!/^2\.[01]$/.test(root.attrs.version!)) fail('version', root, `version="${root.attrs.version}"`);
  if (!isLangTag(root.attrs.srcLang!)) fail('srcLang', root, `srcLang="${root.attrs.srcLang}"`);
  const trgLang = root.attrs.trgLang;
  if (trgLang !== undefined && !isLangTag(trgLang)) fail('trgLang', root, `trgLang="${trgLang}"`);
  checkNoText(root);
  const files = childElements(root);
  if (files.length === 0) fail('file-required', root, 'no <file>');
  for (const file of files) if (!isCore(file, 'file')) fail('element-not-allowed', file, `<${file.name}> in <xliff>`);
  uniqueIds(files.map((f) => ({ id: f.attrs.id ?? '', el: f })), '<xliff>');
  const ctx: LangContext = { srcLang: root.attrs.srcLang!, trgLang, lang: root.attrs['xml:lang'] };
  for (const file of files) checkFile(file, ctx);
}

const CONTAINER_ATTRS = ['id', 'canResegment', 'translate', 'srcDir', 'trgDir'];

function checkContainerAttrs(el: XmlElement, extra: string[]): void {
  checkAttrs(el, [...CONTAINER_ATTRS, ...extra], ['id']);
  checkId(el);
  checkEnum(el, 'canResegment', YES_NO);
  checkEnum(el, 'translate', YES_NO);
  checkEnum(el, 'srcDir', DIRS, 'dir-value');
  checkEnum(el, 'trgDir', DIRS, 'dir-value');
  if (el.attrs.type !== undefined && !isPrefixedValue(el.attrs.type)) fail('type-value', el, `type="${el.attrs.type}"`);
}

export function checkId(el: XmlElement): void {
  const id = el.attrs.id;
  if (id !== undefined && !isNmtoken(id)) fail('id-syntax', el, `id="${id}"`);
}

function inherit(ctx: LangContext, el: XmlElement): LangContext {
  return el.attrs['xml:lang'] ? { ...ctx, lang: el.attrs['xml:lang'] } : ctx;
}

function checkFile(file: XmlElement, parentCtx: LangContext): void {
  checkContainerAttrs(file, ['original']);
  const scope: { id: string; el: XmlElement }[] = [];
  checkChildren(file, 'file', inherit(parentCtx, file), scope);
  uniqueIds(scope, `<file id="${file.attrs.id}">`);
}

// Children of file and group: [skeleton (file only)], extensions/modules, [notes], units and groups.
function checkChildren(el: XmlElement, kind: 'file' | 'group', ctx: LangContext, scope: { id: string; el: XmlElement }[]): void {
  checkNoText(el);
  let stage = 0; // 0: before notes, 1: after notes, 2: among units/groups
  let units = 0;
  childElements(el).forEach((child, index) => {
    if (!isCore(child)) {
      if (stage === 2) fail('element-order', child, `<${child.name}> after units in <${kind}>`);
      if (moduleOf(child)) checkModuleElement(child, kind);
      return;
    }
    if (child.local === 'skeleton' && kind === 'file' && index === 0) return checkSkeleton(child);
    if (child.local === 'notes' && stage === 0) {
      stage = 1;
      return checkNotes(child);
    }
    if (child.local === 'unit' || child.local === 'group') {
      stage = 2;
      units++;
      scope.push({ id: child.attrs.id ?? '', el: child });
      if (child.local === 'unit') return checkUnit(child, inherit(ctx, child));
      checkContainerAttrs(child, ['name', 'type']);
      return checkChildren(child, 'group', inherit(ctx, child), scope);
    }
    fail('element-not-allowed', child, `<${child.local}> in <${kind}>`);
  });
  if (kind === 'file' && units === 0) fail('unit-or-group-required', el, '<file> without <unit> or <group>');
}

function checkSkeleton(skeleton: XmlElement): void {
  checkAttrs(skeleton, ['href']);
  const empty = skeleton.children.every((c) => c.type === 'text' && c.value.trim() === '');
  if (skeleton.attrs.href !== undefined && !empty) fail('skeleton-content', skeleton, 'href and content');
  if (skeleton.attrs.href === undefined && empty) fail('skeleton-content', skeleton, 'neither href nor content');
}

export function checkNotes(notes: XmlElement): void {
  checkAttrs(notes, []);
  checkNoText(notes);
  const items = childElements(notes);
  if (items.length === 0) fail('note-required', notes, '<notes> without <note>');
  for (const note of items) {
    if (!isCore(note, 'note')) fail('element-not-allowed', note, `<${note.name}> in <notes>`);
    checkAttrs(note, ['id', 'appliesTo', 'category', 'priority']);
    checkId(note);
    checkEnum(note, 'appliesTo', ['source', 'target']);
    const priority = note.attrs.priority;
    if (priority !== undefined && !/^(?:[1-9]|10)$/.test(priority)) fail('note-priority', note, `priority="${priority}"`);
    if (childElements(note).length > 0) fail('note-content', note, 'elements in <note>');
  }
  uniqueIds(items.filter((n) => n.attrs.id !== undefined).map((n) => ({ id: n.attrs.id!, el: n })), '<notes>');
}

function checkUnit(unit: XmlElement, ctx: LangContext): void {
  checkContainerAttrs(unit, ['name', 'type']);
  checkNoText(unit);
  let stage = 0; // 0: extensions, 1: notes seen, 2: originalData seen, 3: segments
  const containers: XmlElement[] = [];
  let data: XmlElement[] = [];
  for (const child of childElements(unit)) {
    if (!isCore(child)) {
      if (stage === 3) fail('element-order', child, `<${child.name}> after segments`);
      if (moduleOf(child)) checkModuleElement(child, 'unit');
      continue;
    }
    if (child.local === 'notes' && stage === 0) {
      stage = 1;
      checkNotes(child);
    } else if (child.local === 'originalData' && stage <= 1) {
      stage = 2;
      data = checkOriginalData(child);
    } else if (child.local === 'segment' || child.local === 'ignorable') {
      stage = 3;
      containers.push(child);
    } else fail('element-not-allowed', child, `<${child.local}> in <unit>`);
  }
  if (!containers.some((c) => c.local === 'segment')) fail('segment-required', unit, '<unit> without <segment>');
  for (const c of containers) checkContainer(c);
  checkUnitInline(unit, containers, data, ctx);
}

function checkOriginalData(el: XmlElement): XmlElement[] {
  checkAttrs(el, []);
  checkNoText(el);
  const items = childElements(el);
  if (items.length === 0) fail('data-required', el, '<originalData> without <data>');
  for (const data of items) {
    if (!isCore(data, 'data')) fail('element-not-allowed', data, `<${data.name}> in <originalData>`);
    checkAttrs(data, ['id', 'dir'], ['id']);
    checkId(data);
    checkEnum(data, 'dir', DIRS, 'dir-value');
    for (const c of childElements(data)) if (!isCore(c, 'cp')) fail('element-not-allowed', c, `<${c.name}> in <data>`);
  }
  return items;
}

function checkContainer(c: XmlElement): void {
  checkAttrs(c, c.local === 'segment' ? ['id', 'canResegment', 'state', 'subState'] : ['id']);
  checkId(c);
  checkNoText(c);
  if (c.local === 'segment') {
    checkEnum(c, 'canResegment', YES_NO);
    checkEnum(c, 'state', ['initial', 'translated', 'reviewed', 'final'], 'state-value');
    const sub = c.attrs.subState;
    if (sub !== undefined && c.attrs.state === undefined) fail('subState-without-state', c, 'subState without state');
    if (sub !== undefined && !isPrefixedValue(sub)) fail('subState-value', c, `subState="${sub}"`);
  }
  const kids = childElements(c);
  const names = kids.map((k) => (isCore(k) ? k.local : k.name)).join(',');
  if (names !== 'source' && names !== 'source,target') fail('source-target', c, `<${c.local}> holds ${names || 'nothing'}`);
}
