/** Shared pieces of the XLIFF validator: the report of violations and the attribute checks. */
import type { RuleId } from './xliff-rule-list';
import { isLangTag, isNmtoken } from './xliff-syntax';
import { XLIFF_NS, type XliffIssue } from './xliff-types';
import { XML_NS, type XmlElement } from './xml';

export const FS_NS = 'urn:oasis:names:tc:xliff:fs:2.0';
export const SLR_NS = 'urn:oasis:names:tc:xliff:sizerestriction:2.0';

/** Stops the walk once the report is full (a broken file should not cost more than a few). */
export class ReportFull extends Error {}

/** Collects violations in document order of discovery, at most `max`. */
export class Report {
  readonly issues: XliffIssue[] = [];
  constructor(private readonly max: number) {}

  add(rule: RuleId, el: XmlElement | undefined, message: string): void {
    this.issues.push({ rule, message, ...(el ? { line: el.line, column: el.column } : {}) });
    if (this.issues.length >= this.max) throw new ReportFull();
  }
}

export function isCore(el: XmlElement, local?: string): boolean {
  return el.uri === XLIFF_NS && (local === undefined || el.local === local);
}

/** Where an element takes attributes from other namespaces (the spec's `other` wildcard). */
export type ExtensionPolicy =
  | 'any' // xliff, file, group, unit, note: any namespace, xml:* included
  | 'annotation' // mrk, sm: any namespace but the XML one
  | 'code' // ph, pc, sc, ec: the fs and slr modules only
  | 'none';

export interface AttributeSpec {
  allowed: readonly string[];
  required?: readonly string[];
  /** xml:* attributes the element defines itself (beyond its extension policy). */
  xml?: readonly string[];
  ext: ExtensionPolicy;
}

/**
 * Checks unprefixed attributes against `allowed`/`required`, xml:lang and xml:space values, and
 * attributes of other namespaces against the element's extension policy. Records namespaces seen.
 */
export function checkAttributes(el: XmlElement, spec: AttributeSpec, report: Report, seen: Set<string>, extraAllowed: readonly string[] = []): void {
  for (const [name, value] of Object.entries(el.attrs)) {
    const uri = el.attrUris[name]!;
    if (uri === '') {
      if (!spec.allowed.includes(name)) report.add('core.attribute.allowed', el, `${name} on <${el.local}>`);
      continue;
    }
    if (uri === XML_NS) {
      const local = name.slice(4);
      if (local === 'lang' && !isLangTag(value)) report.add('core.lang.syntax', el, `xml:lang="${value}"`);
      if (local === 'space' && value !== 'default' && value !== 'preserve') report.add('core.xmlSpace.value', el, `xml:space="${value}"`);
      if (!spec.xml?.includes(local) && spec.ext !== 'any') report.add('core.attribute.allowed', el, `${name} on <${el.local}>`);
      continue;
    }
    seen.add(uri);
    const ok =
      spec.ext === 'any' || spec.ext === 'annotation' || (spec.ext === 'code' && (uri === FS_NS || uri === SLR_NS)) || extraAllowed.includes(uri);
    if (!ok) report.add('core.attribute.allowed', el, `${name} (${uri}) on <${el.local}>`);
  }
  for (const name of spec.required ?? []) {
    if (el.attrs[name] === undefined) report.add('core.attribute.required', el, `${name} on <${el.local}>`);
  }
}

/** Checks an enumerated attribute when present. */
export function checkEnum(el: XmlElement, name: string, values: readonly string[], report: Report, rule: RuleId = 'core.attribute.value'): void {
  const value = el.attrs[name];
  if (value !== undefined && el.attrUris[name] === '' && !values.includes(value)) report.add(rule, el, `${name}="${value}" on <${el.local}>`);
}

/** Checks that an attribute, when present, is an NMTOKEN. */
export function checkNmtoken(el: XmlElement, name: string, report: Report, rule: RuleId = 'core.id.syntax'): void {
  const value = el.attrs[name];
  if (value !== undefined && !isNmtoken(value)) report.add(rule, el, `${name}="${value}" on <${el.local}>`);
}

export const YES_NO = ['yes', 'no'] as const;
export const DIRS = ['ltr', 'rtl', 'auto'] as const;

/** Only white space may sit between the children of a structural element. */
export function checkNoText(el: XmlElement, report: Report): void {
  for (const child of el.children) {
    if (child.type === 'text' && child.value.trim() !== '') {
      report.add('core.element.text', el, `text in <${el.local}>`);
      return;
    }
  }
}

/** Elements of `items` whose key repeats one seen before. */
export function duplicates<T>(items: readonly T[], key: (item: T) => string | undefined): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    if (seen.has(k)) out.push(item);
    seen.add(k);
  }
  return out;
}

/** Element children, skipping text. */
export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.type === 'element');
}

/** The value of an id-like attribute: unprefixed id, else xml:id. */
export function idOf(el: XmlElement): string | undefined {
  if (el.attrs.id !== undefined && el.attrUris.id === '') return el.attrs.id;
  return el.attrs['xml:id'];
}
