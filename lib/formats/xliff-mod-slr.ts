/** Size and Length Restriction module (slr): the <profiles> and <data> elements. */
import type { Ctx } from './xliff-context';
import { checkModuleElementAttrs, isXliffNs } from './xliff-mod-common';
import { checkNoText, elements } from './xliff-rules';
import type { XmlElement } from './xml';

const NORMALIZATION = ['none', 'nfc', 'nfd'];

/** `<profiles>`: at most one `<normalization>` first, then extension elements. */
export function checkSlrProfiles(profiles: XmlElement, ctx: Ctx): void {
  const r = ctx.report;
  checkModuleElementAttrs(profiles, ['generalProfile', 'storageProfile'], ctx, false);
  checkNoText(profiles, r);
  elements(profiles).forEach((c, i) => {
    if (c.uri === profiles.uri && c.local === 'normalization') {
      if (i > 0) r.add('mod.slr.content', c, '<normalization> is the first and only one in <profiles>');
      checkModuleElementAttrs(c, ['general', 'storage'], ctx, false);
      for (const name of ['general', 'storage']) {
        const v = c.attrs[name];
        if (v !== undefined && !NORMALIZATION.includes(v)) r.add('mod.slr.content', c, `${name}="${v}" (none, nfc or nfd)`);
      }
      for (const e of elements(c)) r.add('mod.slr.content', e, `<${e.name}> in <normalization>`);
    } else if (isXliffNs(c.uri)) r.add('mod.placement', c, `<${c.name}> in <slr:profiles>`);
    else ctx.seen.add(c.uri);
  });
}

/** `<slr:data profile>`: profile-specific data in other namespaces. */
export function checkSlrData(data: XmlElement, ctx: Ctx): void {
  const r = ctx.report;
  checkModuleElementAttrs(data, ['profile'], ctx);
  if (data.attrs.profile === undefined) r.add('mod.slr.content', data, '<slr:data> without profile');
  checkNoText(data, r);
  for (const c of elements(data)) {
    if (isXliffNs(c.uri)) r.add('mod.placement', c, `<${c.name}> in <slr:data>`);
    else ctx.seen.add(c.uri);
  }
}
