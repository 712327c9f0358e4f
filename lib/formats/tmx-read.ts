/**
 * TMX 1.4b reader: header, tu/tuv/seg with their attributes, props and notes; inline codes (bpt, ept,
 * it, ph, hi, sub, ut) are kept as XML for export and flattened in the plain text. Decoding (UTF-8,
 * UTF-16 LE/BE with or without a BOM, a declared encoding) and the refusal of DTD subsets and entities
 * come from xml.ts, which never loads anything external. Errors name line and column.
 */
import { checkImportBytes, FormatError } from './format-error';
import { childElements, escapeXml, parseXml, XML_NS, type XmlElement } from './xml';

/** The header attributes TMX 1.4b requires. */
export const TMX_HEADER_REQUIRED = ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype'] as const;

/** A prop or a note of the header or a unit, as written. */
export interface TmxProp {
  type: string | null;
  lang: string | null;
  value: string;
}

export interface TmxVariant {
  /** The xml:lang as written (en-US, ar, fa-IR). */
  lang: string;
  /** Plain text: inline codes dropped, hi and sub contents kept. */
  text: string;
  /** The seg's content as XML when it held inline elements (kept for export), else null. */
  inline: string | null;
  /** Inline codes in the seg (bpt, ept, it, ph, ut). */
  tags: number;
  attrs: Record<string, string>;
  props: TmxProp[];
  notes: TmxProp[];
  line: number;
  column: number;
}

export interface TmxUnit {
  attrs: Record<string, string>;
  props: TmxProp[];
  notes: TmxProp[];
  variants: TmxVariant[];
  line: number;
  column: number;
}

export interface TmxDocument {
  version: string;
  header: { attrs: Record<string, string>; props: TmxProp[]; notes: TmxProp[] };
  units: TmxUnit[];
  /** Header attributes the standard requires that the file lacks (read all the same). */
  missingHeader: string[];
}

const CODES = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);
const INLINE = new Set([...CODES, 'hi', 'sub']);

/** Reads a TMX file (1.1–1.4); refuses anything that is not one with `tmx-invalid` {reason} at a line and column. */
export function readTmx(bytes: Uint8Array | string): TmxDocument {
  if (typeof bytes !== 'string') checkImportBytes(bytes);
  const root = parseXml(bytes);
  if (root.local !== 'tmx') throw invalid(root, 'root-not-tmx');
  const version = root.attrs.version ?? '';
  if (!/^1\.[1-4]b?$/.test(version)) throw invalid(root, 'version');
  const header = childElements(root, 'header')[0];
  if (!header) throw invalid(root, 'no-header');
  const body = childElements(root, 'body')[0];
  if (!body) throw invalid(root, 'no-body');
  for (const el of childElements(root)) if (el.local !== 'header' && el.local !== 'body') throw invalid(el, `unexpected-${el.local}`);
  const missingHeader = TMX_HEADER_REQUIRED.filter((a) => !(a in header.attrs));
  if (!header.attrs.srclang) throw invalid(header, 'no-srclang');
  const units: TmxUnit[] = [];
  for (const tu of childElements(body)) {
    if (tu.local !== 'tu') throw invalid(tu, `unexpected-${tu.local}`);
    units.push(readUnit(tu));
  }
  return { version, header: { attrs: header.attrs, props: props(header, 'prop'), notes: props(header, 'note') }, units, missingHeader };
}

function readUnit(tu: XmlElement): TmxUnit {
  const variants: TmxVariant[] = [];
  for (const el of childElements(tu)) {
    if (el.local === 'prop' || el.local === 'note') continue;
    if (el.local !== 'tuv') throw invalid(el, `unexpected-${el.local}`);
    const lang = langOf(el);
    if (!lang) throw invalid(el, 'tuv-without-lang');
    const segs = childElements(el, 'seg');
    if (segs.length !== 1) throw invalid(el, segs.length === 0 ? 'tuv-without-seg' : 'tuv-two-segs');
    const seg = segs[0]!;
    const flat = flatten(seg);
    const attrs = { ...el.attrs };
    delete attrs['xml:lang'];
    delete attrs.lang;
    variants.push({ lang, text: flat.text, inline: flat.inline ? innerXml(seg) : null, tags: flat.tags, attrs, props: props(el, 'prop'), notes: props(el, 'note'), line: el.line, column: el.column });
  }
  return { attrs: tu.attrs, props: props(tu, 'prop'), notes: props(tu, 'note'), variants, line: tu.line, column: tu.column };
}

function langOf(el: XmlElement): string | undefined {
  for (const [name, uri] of Object.entries(el.attrUris)) if (uri === XML_NS && name.endsWith(':lang')) return el.attrs[name];
  return el.attrs['xml:lang'] ?? el.attrs.lang; // TMX 1.1 wrote lang
}

function props(el: XmlElement, local: 'prop' | 'note'): TmxProp[] {
  // A prop holds text; some tools put a <seg> in it (context props): kept as its XML, so it is written back.
  return childElements(el, local).map((p) => ({ type: p.attrs.type ?? null, lang: langOf(p) ?? null, value: childElements(p).length > 0 ? innerXml(p) : p.text }));
}

/** The plain text of a seg element (codes dropped, hi and sub contents kept, a line-break placeholder as a line break). */
export function segText(seg: XmlElement): string {
  return flatten(seg).text;
}

function flatten(seg: XmlElement): { text: string; inline: boolean; tags: number } {
  let text = '';
  let inline = false;
  let tags = 0;
  const walk = (el: XmlElement, inCode: boolean) => {
    for (const c of el.children) {
      if (c.type === 'text') {
        if (!inCode) text += c.value;
        continue;
      }
      if (!INLINE.has(c.local)) throw invalid(c, `unexpected-${c.local}`);
      inline = true;
      if (CODES.has(c.local)) tags++;
      // The line break the editor writes as <ph type="lb"> (lib/formats/tmx-inline.ts) is one in the text too.
      if (c.local === 'ph' && c.attrs.type === 'lb' && !inCode) text += '\n';
      // A code's own content is native markup, except what a sub inside it holds (translatable text).
      walk(c, c.local === 'sub' ? false : CODES.has(c.local) ? true : inCode);
    }
  };
  walk(seg, false);
  return { text, inline, tags };
}

/** The content of an element written back as XML (namespace prefixes as read). */
export function innerXml(el: XmlElement): string {
  return el.children
    .map((c) => {
      if (c.type === 'text') return escapeXml(c.value);
      const attrs = Object.entries(c.attrs).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
      const inner = innerXml(c);
      return inner === '' ? `<${c.name}${attrs}/>` : `<${c.name}${attrs}>${inner}</${c.name}>`;
    })
    .join('');
}

function invalid(el: XmlElement, reason: string): FormatError {
  return new FormatError('tmx-invalid', { line: el.line, column: el.column }, { reason });
}
