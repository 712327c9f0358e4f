/** Reads XLIFF 2 into the model after validating it; groups are flattened. */
import { FormatError, checkImportBytes } from './format-error';
import { TJ_NS, type XliffAttrs, type XliffDoc, type XliffInline, type XliffNote, type XliffSegment, type XliffState, type XliffUnit } from './xliff-types';
import { validateXliffTree } from './xliff-validate';
import { childElements, parseXml, type XmlElement } from './xml';

/** Parses and validates; throws FormatError 'xliff-invalid' with params.rule on a violation. */
export function parseXliff(bytes: Uint8Array): XliffDoc {
  checkImportBytes(bytes);
  const root = parseXml(bytes);
  // Files Tarjuman wrote before its exports became conformant carry tj:* attributes on codes.
  const result = validateXliffTree(root, { codeAttributeNamespaces: [TJ_NS] });
  if (!result.valid) {
    throw new FormatError('xliff-invalid', { line: result.line, column: result.column }, { rule: result.rule, detail: result.message });
  }
  const core = (el: XmlElement, local: string) => childElements(el, local, root.uri);
  const doc: XliffDoc = { version: root.attrs.version!, srcLang: root.attrs.srcLang!, files: [] };
  if (root.attrs.trgLang !== undefined) doc.trgLang = root.attrs.trgLang;
  for (const file of core(root, 'file')) {
    const units: XliffUnit[] = [];
    const walk = (el: XmlElement) => {
      for (const child of childElements(el)) {
        if (child.uri !== root.uri) continue;
        if (child.local === 'group') walk(child);
        if (child.local === 'unit') units.push(readUnit(child, core));
      }
    };
    walk(file);
    doc.files.push({
      id: file.attrs.id!,
      ...(file.attrs.original !== undefined ? { original: file.attrs.original } : {}),
      notes: readNotes(file, core),
      units,
    });
  }
  return doc;
}

type Core = (el: XmlElement, local: string) => XmlElement[];

function readUnit(unit: XmlElement, core: Core): XliffUnit {
  const out: XliffUnit = { id: unit.attrs.id!, notes: readNotes(unit, core), segments: [] };
  if (unit.attrs.name !== undefined) out.name = unit.attrs.name;
  const data = core(unit, 'originalData')[0];
  const original: Record<string, string> = data ? Object.fromEntries(core(data, 'data').map((d) => [d.attrs.id!, readData(d)])) : {};
  const tj = new TjReader(original);
  for (const seg of childElements(unit).filter((c) => c.uri === unit.uri && (c.local === 'segment' || c.local === 'ignorable'))) {
    const segment: XliffSegment = { source: readInline(core(seg, 'source')[0]!, tj) };
    if (seg.attrs.id !== undefined) segment.id = seg.attrs.id;
    if (seg.local === 'ignorable') segment.ignorable = true;
    if (seg.attrs.state !== undefined) segment.state = seg.attrs.state as XliffState;
    const target = core(seg, 'target')[0];
    if (target) segment.target = readInline(target, tj);
    out.segments.push(segment);
  }
  const kept = Object.entries(original).filter(([id]) => !tj.used.has(id));
  if (kept.length > 0) out.originalData = Object.fromEntries(kept);
  return out;
}

/** Turns the `<data id="tjN">` of a code back into its tj:* attributes (see TjData in xliff-write). */
class TjReader {
  readonly used = new Set<string>();

  constructor(private readonly data: Record<string, string>) {}

  /** The code's attributes with a tj data reference replaced by the attributes it holds. */
  decode(attrs: XliffAttrs | undefined): XliffAttrs | undefined {
    const ref = attrs?.dataRef ?? attrs?.dataRefStart;
    if (!attrs || ref === undefined || !/^tj\d+$/.test(ref) || (attrs.dataRefStart !== undefined && attrs.dataRefEnd !== ref)) return attrs;
    const json = this.data[ref];
    let fields: unknown;
    try {
      fields = json === undefined ? undefined : JSON.parse(json);
    } catch {
      return attrs;
    }
    if (!fields || typeof fields !== 'object' || Array.isArray(fields) || !Object.values(fields).every((v) => typeof v === 'string')) return attrs;
    this.used.add(ref);
    const rest = Object.fromEntries(Object.entries(attrs).filter(([k]) => k !== 'dataRef' && k !== 'dataRefStart' && k !== 'dataRefEnd'));
    return { ...rest, ...Object.fromEntries(Object.entries(fields as Record<string, string>).map(([k, v]) => [`tj:${k}`, v])) };
  }
}

function readNotes(el: XmlElement, core: Core): XliffNote[] {
  const notes = core(el, 'notes')[0];
  if (!notes) return [];
  return core(notes, 'note').map((n) => {
    const note: XliffNote = { text: n.text };
    if (n.attrs.id !== undefined) note.id = n.attrs.id;
    if (n.attrs.category !== undefined) note.category = n.attrs.category;
    if (n.attrs.priority !== undefined) note.priority = Number(n.attrs.priority);
    if (n.attrs.appliesTo !== undefined) note.appliesTo = n.attrs.appliesTo as 'source' | 'target';
    return note;
  });
}

function readData(d: XmlElement): string {
  return d.children.map((c) => (c.type === 'text' ? c.value : String.fromCodePoint(parseInt(c.attrs.hex!, 16)))).join('');
}

// <cp> becomes the character itself, so the model holds plain strings; the writer turns
// characters XML cannot carry back into <cp>.
function readInline(el: XmlElement, tj: TjReader): XliffInline[] {
  const out: XliffInline[] = [];
  const pushText = (text: string) => {
    const last = out[out.length - 1];
    if (last?.kind === 'text') last.text += text;
    else if (text) out.push({ kind: 'text', text });
  };
  for (const child of el.children) {
    if (child.type === 'text') {
      pushText(child.value);
      continue;
    }
    const read = readAttrs(child).attrs;
    const decoded = child.local === 'ph' || child.local === 'pc' || child.local === 'sc' || child.local === 'ec' ? tj.decode(read) : read;
    const attrs = decoded ? { attrs: decoded } : {};
    const id = child.attrs.id;
    switch (child.local) {
      case 'cp':
        pushText(String.fromCodePoint(parseInt(child.attrs.hex!, 16)));
        break;
      case 'pc':
      case 'mrk':
        out.push({ kind: child.local, id: id!, ...attrs, content: readInline(child, tj) });
        break;
      case 'ph':
      case 'sc':
      case 'sm':
        out.push({ kind: child.local, id: id!, ...attrs });
        break;
      case 'ec':
        out.push({
          kind: 'ec',
          ...(id !== undefined ? { id } : {}),
          ...(child.attrs.startRef !== undefined ? { startRef: child.attrs.startRef } : {}),
          ...attrs,
        });
        break;
      case 'em':
        out.push({ kind: 'em', startRef: child.attrs.startRef! });
        break;
    }
  }
  return out;
}

// Core attributes other than id/startRef, and Tarjuman's own (tj:*); other extensions are dropped.
function readAttrs(el: XmlElement): { attrs?: XliffAttrs } {
  const attrs: XliffAttrs = {};
  for (const [name, value] of Object.entries(el.attrs)) {
    const uri = el.attrUris[name];
    if (uri === '' && name !== 'id' && name !== 'startRef') attrs[name] = value;
    else if (uri === TJ_NS) attrs[`tj:${name.slice(name.indexOf(':') + 1)}`] = value;
  }
  return Object.keys(attrs).length > 0 ? { attrs } : {};
}

