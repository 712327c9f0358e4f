/** Helpers shared by the module checkers (xliff-mod-*.ts). */
import type { Ctx } from './xliff-context';
import { elements } from './xliff-rules';
import { isLangTag } from './xliff-syntax';
import { XML_NS, type XmlElement } from './xml';

/**
 * Attributes of a module element: unprefixed ones must be in `allowed` (xml:* ones too, written
 * "xml:lang"); attributes of other namespaces pass when the module allows them (`other`).
 */
export function checkModuleElementAttrs(el: XmlElement, allowed: readonly string[], ctx: Ctx, other = true): void {
  const r = ctx.report;
  for (const [name, value] of Object.entries(el.attrs)) {
    const uri = el.attrUris[name]!;
    if (uri === XML_NS) {
      if (name === 'xml:lang' && !isLangTag(value)) r.add('core.lang.syntax', el, `xml:lang="${value}"`);
      if (!allowed.includes(name) && !other) r.add('mod.attribute.allowed', el, `${name} on <${el.name}>`);
    } else if (uri === '' || uri === el.uri) {
      if (!allowed.includes(name.slice(name.indexOf(':') + 1))) r.add('mod.attribute.allowed', el, `${name} on <${el.name}>`);
    } else {
      ctx.seen.add(uri);
      if (!other) r.add('mod.attribute.allowed', el, `${name} on <${el.name}>`);
    }
  }
}

/** Children of a module element in its own namespace named `local`; reports anything else. */
export function ownChildren(el: XmlElement, local: readonly string[], ctx: Ctx, extensions = false): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(el)) {
    if (c.uri === el.uri && local.includes(c.local)) out.push(c);
    else if (extensions && !isXliffNs(c.uri)) ctx.seen.add(c.uri);
    else ctx.report.add('mod.placement', c, `<${c.name}> in <${el.name}>`);
  }
  return out;
}

/** Core and module namespaces: all start with this. */
export const isXliffNs = (uri: string): boolean => uri.startsWith('urn:oasis:names:tc:xliff:');

/** Whether an element has no content (no child element, no non-blank text). */
export const isEmpty = (el: XmlElement): boolean => el.children.every((c) => c.type === 'text' && c.value.trim() === '');
