/**
 * Safe XML reader on top of saxes (server/CLI side, also fine in the browser): decodes bytes,
 * refuses DTD internal subsets (so no entity declarations, no external entities, no expansion
 * bombs), never fetches anything, and reports 1-based line and column in every error.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { decodeBytes } from './decode';
import { FormatError } from './format-error';

export { MAX_IMPORT_BYTES } from './format-error';

export interface XmlText {
  type: 'text';
  value: string;
}

/** One element: `name` as written, `local`/`uri` resolved; attrs keyed by qualified name. */
export interface XmlElement {
  type: 'element';
  name: string;
  local: string;
  uri: string;
  attrs: Record<string, string>;
  /** Namespace URI of each attribute (by qualified name; '' for unprefixed ones). */
  attrUris: Record<string, string>;
  children: (XmlElement | XmlText)[];
  /** Direct text content (text and CDATA children joined). */
  text: string;
  line: number;
  column: number;
}

export interface XmlHandlers {
  open?(el: XmlElement): void;
  close?(el: XmlElement): void;
  text?(value: string): void;
}

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Deepest element nesting accepted: real documents stay far below; deeper ones would exhaust the stack of tree walkers. */
export const MAX_XML_DEPTH = 1000;

/** Streams the elements of a document (children arrays stay empty; text arrives via `text`). */
export function streamXml(input: Uint8Array | string, handlers: XmlHandlers): void {
  const text = typeof input === 'string' ? input : decodeBytes(input, { xml: true });
  const parser = new SaxesParser({ xmlns: true, position: true });
  const where = () => ({ line: parser.line, column: parser.column + 1 });
  let tagStart = { line: 1, column: 1 };
  parser.on('error', (err) => {
    throw new FormatError('xml-malformed', where(), { reason: err.message.replace(/^.*?\d+:\d+:\s*/, '') });
  });
  parser.on('doctype', (doctype) => checkDoctype(doctype, where()));
  parser.on('opentagstart', (tag) => {
    // Fired just after the name is read: step back to the '<'.
    tagStart = { line: parser.line, column: Math.max(1, parser.column - tag.name.length) };
  });
  let depth = 0;
  parser.on('opentag', (tag) => {
    if (++depth > MAX_XML_DEPTH) throw new FormatError('xml-malformed', tagStart, { reason: `elements nested deeper than ${MAX_XML_DEPTH} levels` });
    handlers.open?.(toElement(tag as SaxesTagNS, tagStart));
  });
  parser.on('closetag', (tag) => {
    depth--;
    handlers.close?.(toElement(tag as SaxesTagNS, tagStart));
  });
  parser.on('text', (t) => handlers.text?.(t));
  parser.on('cdata', (t) => handlers.text?.(t));
  parser.write(text).close();
}

/** Parses a whole document into an element tree and returns its root. */
export function parseXml(input: Uint8Array | string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  streamXml(input, {
    open(el) {
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else root = el;
      stack.push(el);
    },
    close() {
      stack.pop();
    },
    text(value) {
      const parent = stack[stack.length - 1];
      if (!parent) return;
      const last = parent.children[parent.children.length - 1];
      if (last?.type === 'text') last.value += value;
      else parent.children.push({ type: 'text', value });
      parent.text += value;
    },
  });
  if (!root) throw new FormatError('xml-malformed', {}, { reason: 'no root element' });
  return root;
}

// An external DTD reference (<!DOCTYPE martif SYSTEM "x.dtd">) is tolerated and never loaded;
// an internal subset is refused because that is where entities (and bombs) are declared.
function checkDoctype(doctype: string, where: { line: number; column: number }): void {
  const subset = doctype.indexOf('[');
  if (subset < 0) return;
  if (/<!ENTITY/i.test(doctype.slice(subset))) throw new FormatError('xml-entity-forbidden', where);
  throw new FormatError('xml-dtd-forbidden', where);
}

function toElement(tag: SaxesTagNS, at: { line: number; column: number }): XmlElement {
  const attrs: Record<string, string> = {};
  const attrUris: Record<string, string> = {};
  for (const attr of Object.values(tag.attributes)) {
    if (attr.name === 'xmlns' || attr.prefix === 'xmlns') continue;
    attrs[attr.name] = attr.value;
    attrUris[attr.name] = attr.uri;
  }
  return {
    type: 'element', name: tag.name, local: tag.local, uri: tag.uri, attrs, attrUris,
    children: [], text: '', line: at.line, column: at.column,
  };
}

/** Child elements, optionally only those with the given local name (and namespace). */
export function childElements(el: XmlElement, local?: string, uri?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement =>
      c.type === 'element' && (local === undefined || c.local === local) && (uri === undefined || c.uri === uri),
  );
}

/** All text below an element, in document order. */
export function deepText(el: XmlElement): string {
  return el.children.map((c) => (c.type === 'text' ? c.value : deepText(c))).join('');
}

/** Escapes text for element content or a double-quoted attribute. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
}
