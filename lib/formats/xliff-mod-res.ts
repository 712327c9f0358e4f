/** Resource Data module (res): <resourceData> of <resourceItemRef> and <resourceItem>. */
import type { Ctx, Place } from './xliff-context';
import { checkModuleElementAttrs, isEmpty, ownChildren } from './xliff-mod-common';
import { checkNoText, elements } from './xliff-rules';
import { isNmtoken, langIn } from './xliff-syntax';
import type { XmlElement } from './xml';

export function checkResourceData(data: XmlElement, _place: Place, ctx: Ctx): void {
  const r = ctx.report;
  checkModuleElementAttrs(data, ['id'], ctx);
  checkNoText(data, r);
  const items = ownChildren(data, ['resourceItemRef', 'resourceItem'], ctx);
  if (items.length === 0) r.add('mod.placement', data, '<resourceData> without <resourceItem> or <resourceItemRef>');
  const ids = new Set<string>();
  for (const item of items) {
    const id = item.attrs.id;
    if (id !== undefined) {
      if (!isNmtoken(id)) r.add('core.id.syntax', item, `id="${id}"`);
      else if (ids.has(id)) r.add('mod.res.id', item, `id "${id}" repeated in <resourceData>`);
      ids.add(id);
    }
    if (item.local === 'resourceItemRef') {
      checkModuleElementAttrs(item, ['id', 'ref'], ctx);
      if (item.attrs.ref === undefined) r.add('mod.res.content', item, '<resourceItemRef> without ref');
      else if (!isNmtoken(item.attrs.ref)) r.add('core.id.syntax', item, `ref="${item.attrs.ref}"`);
      for (const c of elements(item)) r.add('mod.placement', c, `<${c.name}> in <resourceItemRef>`);
    } else checkItem(item, ctx);
  }
}

function checkItem(item: XmlElement, ctx: Ctx): void {
  const r = ctx.report;
  checkModuleElementAttrs(item, ['id', 'mimeType', 'context'], ctx);
  const context = item.attrs.context;
  if (context !== undefined && context !== 'yes' && context !== 'no') r.add('mod.res.value', item, `context="${context}"`);
  checkNoText(item, r);
  let stage = -1;
  const sides: XmlElement[] = [];
  for (const c of ownChildren(item, ['source', 'target', 'reference'], ctx)) {
    const at = ['source', 'target', 'reference'].indexOf(c.local);
    if (at < stage || (at === stage && at < 2)) r.add('core.element.order', c, `<${c.name}> out of place in <resourceItem>`);
    stage = at;
    if (c.local === 'reference') {
      checkModuleElementAttrs(c, ['href', 'xml:lang'], ctx);
      if (c.attrs.href === undefined) r.add('mod.res.content', c, '<reference> without href');
      continue;
    }
    sides.push(c);
    checkModuleElementAttrs(c, ['href', 'xml:lang'], ctx);
    const empty = isEmpty(c);
    if (c.attrs.href !== undefined && !empty) r.add('mod.res.content', c, `<${c.name}> with href and content`);
    if (c.attrs.href === undefined && empty) r.add('mod.res.content', c, `<${c.name}> with neither href nor content`);
    const lang = c.attrs['xml:lang'];
    // The target's language is not checked: the suite's valid files give res:target other languages.
    if (c.local === 'source' && lang !== undefined && ctx.srcLang && !langIn(lang, ctx.srcLang)) r.add('mod.res.lang', c, `xml:lang="${lang}", srcLang ${ctx.srcLang}`);
    for (const e of elements(c)) ctx.seen.add(e.uri);
  }
  if (item.attrs.mimeType === undefined && !sides.every((s) => elements(s).length > 0)) {
    r.add('mod.res.content', item, '<resourceItem> without mimeType needs element content in its source and target');
  }
}
