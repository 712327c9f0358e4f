/** Shared helpers of the XLIFF validator: the violation thrown and the attribute checks. */
import { isLangTag } from './xliff-syntax';
import { XLIFF_NS } from './xliff-types';
import { XML_NS, type XmlElement } from './xml';

/** A violated constraint; `rule` names it (e.g. 'id-unique', 'ec-before-sc'). */
export class XliffViolation extends Error {
  constructor(
    readonly rule: string,
    readonly el: XmlElement | undefined,
    detail: string,
  ) {
    super(detail);
  }
}

export function fail(rule: string, el: XmlElement | undefined, detail: string): never {
  throw new XliffViolation(rule, el, detail);
}

export function isCore(el: XmlElement, local?: string): boolean {
  return el.uri === XLIFF_NS && (local === undefined || el.local === local);
}

/**
 * Unprefixed attributes must be among `allowed`; xml:lang must be a well-formed tag and
 * xml:space default|preserve. Attributes of other namespaces are extensions and pass.
 */
export function checkAttrs(el: XmlElement, allowed: readonly string[], required: readonly string[] = []): void {
  for (const [name, value] of Object.entries(el.attrs)) {
    const uri = el.attrUris[name];
    if (uri === '') {
      if (!allowed.includes(name)) fail('attribute-not-allowed', el, `${name} on <${el.local}>`);
    } else if (uri === XML_NS) {
      if (name === 'xml:lang' && !isLangTag(value)) fail('xml-lang', el, `xml:lang="${value}"`);
      if (name === 'xml:space' && value !== 'default' && value !== 'preserve') fail('xml-space', el, value);
    }
  }
  for (const name of required) if (el.attrs[name] === undefined) fail('attribute-required', el, `${name} on <${el.local}>`);
}

/** Checks an enumerated attribute when present. */
export function checkEnum(el: XmlElement, name: string, values: readonly string[], rule = 'attribute-value'): void {
  const value = el.attrs[name];
  if (value !== undefined && el.attrUris[name] === '' && !values.includes(value)) fail(rule, el, `${name}="${value}"`);
}

export const YES_NO = ['yes', 'no'] as const;
export const DIRS = ['ltr', 'rtl', 'auto'] as const;

/** Only whitespace may sit between the children of a structural element. */
export function checkNoText(el: XmlElement): void {
  for (const child of el.children) {
    if (child.type === 'text' && child.value.trim() !== '') fail('text-not-allowed', el, `text in <${el.local}>`);
  }
}

/** Values must be unique; `scope` names the rule's scope in the message. */
export function uniqueIds(items: { id: string; el: XmlElement }[], scope: string, rule = 'id-unique'): void {
  const seen = new Set<string>();
  for (const { id, el } of items) {
    if (seen.has(id)) fail(rule, el, `id "${id}" repeated in ${scope}`);
    seen.add(id);
  }
}
