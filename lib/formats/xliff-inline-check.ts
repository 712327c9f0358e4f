/** Unit-level XLIFF constraints: inline codes and markers, ids, dataRef, pairing, order, reordering. */
import { DIRS, YES_NO, checkAttrs, checkEnum, fail, isCore, uniqueIds } from './xliff-rules';
import { isNmtoken, isPrefixedValue, isValidFragmentRef, sameLang } from './xliff-syntax';
import type { XmlElement } from './xml';

export interface LangContext {
  srcLang: string;
  trgLang?: string;
  /** xml:lang in effect (inherited). */
  lang?: string;
}

interface Token {
  el: XmlElement;
  kind: string;
  id?: string;
}

const CODE_COMMON = ['id', 'canCopy', 'canDelete', 'canReorder', 'copyOf', 'subType', 'type'];
const ATTRS: Record<string, string[]> = {
  cp: ['hex'],
  ph: [...CODE_COMMON, 'disp', 'equiv', 'dataRef', 'subFlows'],
  pc: [...CODE_COMMON, 'canOverlap', 'dispStart', 'dispEnd', 'equivStart', 'equivEnd', 'dataRefStart', 'dataRefEnd', 'subFlowsStart', 'subFlowsEnd', 'dir'],
  sc: [...CODE_COMMON, 'canOverlap', 'dataRef', 'dir', 'disp', 'equiv', 'isolated', 'subFlows'],
  ec: [...CODE_COMMON, 'canOverlap', 'dataRef', 'dir', 'disp', 'equiv', 'isolated', 'startRef', 'subFlows'],
  mrk: ['id', 'translate', 'type', 'ref', 'value'],
  sm: ['id', 'translate', 'type', 'ref', 'value'],
  em: ['startRef'],
};
const XLF_SUBTYPES: Record<string, string> = { 'xlf:lb': 'fmt', 'xlf:pb': 'fmt', 'xlf:b': 'fmt', 'xlf:i': 'fmt', 'xlf:u': 'fmt', 'xlf:var': 'ui' };

/** Checks the segments and ignorables of one unit together (codes may span segments). */
export function checkUnitInline(unit: XmlElement, containers: XmlElement[], data: XmlElement[], ctx: LangContext): void {
  // Segments, data and each side's inline codes are separate id scopes (the suite's valid files
  // reuse "1" across them).
  const ids = (els: XmlElement[]) => els.filter((e) => e.attrs.id !== undefined).map((e) => ({ id: e.attrs.id!, el: e }));
  uniqueIds(ids(containers), `<unit id="${unit.attrs.id}">`);
  uniqueIds(ids(data), `<originalData> of unit "${unit.attrs.id}"`);
  const dataIds = new Set(data.map((d) => d.attrs.id!));
  const source: Token[] = [];
  const targets: { pos: number; tokens: Token[]; el: XmlElement }[] = [];
  const taken = new Set<number>();
  containers.forEach((c, index) => {
    const [src, trg] = c.children.filter((k): k is XmlElement => k.type === 'element');
    checkAttrs(src!, []);
    const srcLang = src!.attrs['xml:lang'] ?? ctx.lang;
    if (srcLang !== undefined && !sameLang(srcLang, ctx.srcLang)) fail('source-lang', src, `source in ${srcLang}, srcLang ${ctx.srcLang}`);
    collect(src!, source, dataIds);
    let pos = index + 1;
    if (trg) {
      checkAttrs(trg, ['order']);
      if (ctx.trgLang === undefined) fail('trgLang-required', trg, '<target> without trgLang on <xliff>');
      const trgLang = trg.attrs['xml:lang'] ?? ctx.lang;
      if (trgLang !== undefined && !sameLang(trgLang, ctx.trgLang)) fail('target-lang', trg, `target in ${trgLang}, trgLang ${ctx.trgLang}`);
      const order = trg.attrs.order;
      if (order !== undefined) {
        if (!/^[1-9]\d*$/.test(order) || Number(order) > containers.length) fail('order-value', trg, `order="${order}"`);
        pos = Number(order);
      }
      const tokens: Token[] = [];
      collect(trg, tokens, dataIds);
      targets.push({ pos, tokens, el: trg });
    }
    if (taken.has(pos)) fail('order-unique', trg ?? c, `position ${pos} taken twice`);
    taken.add(pos);
  });
  targets.sort((a, b) => a.pos - b.pos);
  const target = targets.flatMap((t) => t.tokens);
  const complete = containers.every((c) => c.local === 'ignorable' || c.children.filter((k) => k.type === 'element').length === 2);
  checkSide(source, true);
  checkSide(target, complete);
  if (complete) checkReordering(source, target);
}

function collect(el: XmlElement, out: Token[], dataIds: Set<string>): void {
  for (const child of el.children) {
    if (child.type === 'text') continue;
    if (!isCore(child) || !ATTRS[child.local]) fail('inline-element-not-allowed', child, `<${child.name}> in inline content`);
    const kind = child.local;
    checkAttrs(child, ATTRS[kind]!, kind === 'cp' ? ['hex'] : kind === 'em' ? ['startRef'] : kind === 'ec' ? [] : ['id']);
    const id = child.attrs.id;
    if (id !== undefined && !isNmtoken(id)) fail('id-syntax', child, `id="${id}"`);
    if (kind === 'cp') checkCp(child);
    else if (kind === 'mrk' || kind === 'sm') checkMarker(child);
    else if (kind !== 'em') checkCode(child, dataIds);
    out.push({ el: child, kind, ...(id !== undefined ? { id } : {}) });
    if (kind === 'pc' || kind === 'mrk') collect(child, out, dataIds);
    else if (child.children.some((c) => c.type === 'element' || c.value !== '')) fail('inline-content', child, `<${kind}> must be empty`);
  }
}

function checkCp(cp: XmlElement): void {
  const hex = cp.attrs.hex!;
  const code = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
  if (!(code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) fail('cp-hex', cp, `hex="${hex}"`);
}

function checkMarker(m: XmlElement): void {
  checkEnum(m, 'translate', YES_NO);
  const type = m.attrs.type;
  if (type !== undefined && !['generic', 'comment', 'term'].includes(type) && !isPrefixedValue(type)) fail('mrk-type', m, `type="${type}"`);
  const ref = m.attrs.ref;
  if (ref !== undefined && !isValidFragmentRef(ref)) fail('fragment-id', m, `ref="${ref}"`);
  if (type === 'comment' && (ref === undefined) === (m.attrs.value === undefined)) fail('mrk-comment', m, 'a comment needs value or ref (one of them)');
}

function checkCode(code: XmlElement, dataIds: Set<string>): void {
  for (const name of ['canCopy', 'canDelete', 'canOverlap', 'isolated']) checkEnum(code, name, YES_NO);
  checkEnum(code, 'canReorder', ['yes', 'no', 'firstNo']);
  checkEnum(code, 'dir', DIRS, 'dir-value');
  checkEnum(code, 'type', ['fmt', 'ui', 'quote', 'link', 'image', 'other'], 'type-value');
  const { type, subType, canReorder } = code.attrs;
  if (subType !== undefined) {
    if (type === undefined || !isPrefixedValue(subType)) fail('subType-value', code, `subType="${subType}"`);
    if (subType.startsWith('xlf:') && XLF_SUBTYPES[subType] !== type) fail('subType-value', code, `subType="${subType}" with type="${type}"`);
  }
  if ((canReorder === 'no' || canReorder === 'firstNo') && (code.attrs.canCopy !== 'no' || code.attrs.canDelete !== 'no')) {
    fail('canReorder', code, 'a non-reorderable code must have canCopy="no" and canDelete="no"');
  }
  for (const name of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
    const ref = code.attrs[name];
    if (ref !== undefined && !dataIds.has(ref)) fail('dataRef', code, `${name}="${ref}" has no <data>`);
  }
  if (code.local === 'ec') {
    const isolated = code.attrs.isolated === 'yes';
    if (isolated && (code.attrs.id === undefined || code.attrs.startRef !== undefined)) fail('ec-isolated', code, 'an isolated <ec> has id and no startRef');
    if (!isolated && code.attrs.startRef === undefined) fail('ec-startRef', code, '<ec> without startRef');
  }
}

function checkSide(tokens: Token[], complete: boolean): void {
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.id === undefined) continue;
    if (seen.has(t.id)) fail('id-unique', t.el, `inline id "${t.id}" repeated in the unit`);
    seen.add(t.id);
  }
  const openSc = new Map<string, Token>();
  const openSm = new Set<string>();
  tokens.forEach((t, i) => {
    const later = (kind: string, id: string) => tokens.slice(i + 1).some((u) => u.kind === kind && u.id === id);
    if (t.kind === 'sc' && t.el.attrs.isolated !== 'yes') openSc.set(t.id!, t);
    if (t.kind === 'sm') openSm.add(t.id!);
    const ref = t.el.attrs.startRef;
    if (t.kind === 'ec' && ref !== undefined) {
      if (openSc.delete(ref)) return;
      fail(later('sc', ref) ? 'ec-before-sc' : 'ec-startRef', t.el, `<ec startRef="${ref}">`);
    }
    if (t.kind === 'em') {
      if (openSm.delete(ref!)) return;
      fail(later('sm', ref!) ? 'em-before-sm' : 'em-startRef', t.el, `<em startRef="${ref}">`);
    }
  });
  // Targets of some segments may be missing yet; only a complete side must close its spans.
  if (complete) for (const sc of openSc.values()) fail('sc-without-ec', sc.el, `<sc id="${sc.id}"> never closed (isolated="yes" missing)`);
}

function checkReordering(source: Token[], target: Token[]): void {
  const codes = (tokens: Token[]) => tokens.filter((t) => ['ph', 'pc', 'sc', 'ec'].includes(t.kind));
  const key = (t: Token) => (t.id ?? `ec:${t.el.attrs.startRef}`) + `/${t.kind}`;
  const sequences: Token[][] = [];
  for (const t of codes(source)) {
    const mode = t.el.attrs.canReorder;
    if (mode === 'firstNo') sequences.push([t]);
    else if (mode === 'no') {
      const current = sequences[sequences.length - 1];
      if (!current) fail('canReorder', t.el, 'canReorder="no" without a preceding "firstNo"');
      current.push(t);
    }
  }
  const trg = codes(target).map(key);
  for (const seq of sequences) {
    const start = trg.indexOf(key(seq[0]!));
    if (start < 0) fail('canDelete', seq[0]!.el, 'a non-deletable code is missing from the target');
    seq.forEach((t, i) => {
      if (trg[start + i] !== key(t)) fail('canReorder', t.el, 'a non-reorderable sequence is broken in the target');
    });
  }
}
