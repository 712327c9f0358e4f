/** Metadata module (mda): <metadata> of <metaGroup>s of <meta>s. */
import type { Ctx } from './xliff-context';
import { checkModuleElementAttrs, ownChildren } from './xliff-mod-common';
import { checkNoText, elements } from './xliff-rules';
import { isNmtoken } from './xliff-syntax';
import type { XmlElement } from './xml';

export function checkMetadata(metadata: XmlElement, ctx: Ctx): void {
  const r = ctx.report;
  ctx.seen.add(metadata.uri);
  checkModuleElementAttrs(metadata, ['id'], ctx);
  checkNoText(metadata, r);
  const ids = new Set<string>();
  const id = (el: XmlElement) => {
    const v = el.attrs.id;
    if (v === undefined) return;
    if (!isNmtoken(v)) r.add('mod.mda.id', el, `id="${v}" is not an NMTOKEN`);
    else if (ids.has(v)) r.add('mod.mda.id', el, `id "${v}" repeated in <metadata>`);
    ids.add(v);
  };
  id(metadata);
  const groups = elements(metadata);
  if (groups.length === 0) r.add('mod.mda.content', metadata, '<metadata> without <metaGroup>');
  for (const g of groups) {
    if (g.uri === metadata.uri && g.local === 'metaGroup') checkMetaGroup(g, ctx, id);
    else r.add('mod.mda.content', g, `<${g.name}> in <metadata> (a <metaGroup> is expected)`);
  }
}

function checkMetaGroup(group: XmlElement, ctx: Ctx, id: (el: XmlElement) => void): void {
  const r = ctx.report;
  checkModuleElementAttrs(group, ['id', 'category', 'appliesTo'], ctx);
  id(group);
  const appliesTo = group.attrs.appliesTo;
  if (appliesTo !== undefined && !['source', 'target', 'ignorable'].includes(appliesTo)) r.add('mod.mda.appliesTo', group, `appliesTo="${appliesTo}"`);
  checkNoText(group, r);
  const items = ownChildren(group, ['meta', 'metaGroup'], ctx);
  if (items.length === 0) r.add('mod.mda.content', group, '<metaGroup> without <meta> or <metaGroup>');
  for (const item of items) {
    if (item.local === 'metaGroup') {
      checkMetaGroup(item, ctx, id);
      continue;
    }
    checkModuleElementAttrs(item, ['type'], ctx);
    if (item.attrs.type === undefined) r.add('mod.mda.content', item, '<meta> without type');
    for (const c of elements(item)) r.add('mod.mda.content', c, `<${c.name}> in <meta>`);
  }
}
