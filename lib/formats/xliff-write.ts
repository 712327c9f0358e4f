/** Writes the XLIFF 2 model as a document that the validator accepts (given units with segments). */
import { TJ_NS, XLIFF_NS, type XliffAttrs, type XliffDoc, type XliffInline, type XliffNote, type XliffUnit } from './xliff-types';

/** Serializes a document (UTF-8, one element per line down to segments, inline content verbatim). */
export function writeXliff(doc: XliffDoc): string {
  const body: string[] = [];
  for (const file of doc.files) {
    body.push(` <file${attrs({ id: file.id, original: file.original })}>`);
    writeNotes(file.notes, '  ', body);
    for (const unit of file.units) writeUnit(unit, body);
    // A file needs a unit or a group: an empty group keeps a file without units valid.
    if (file.units.length === 0) body.push('  <group id="empty"/>');
    body.push(' </file>');
  }
  const usesTj = body.some((line) => line.includes(' tj:'));
  const head = `<xliff xmlns="${XLIFF_NS}"${usesTj ? ` xmlns:tj="${TJ_NS}"` : ''}${attrs({ version: doc.version, srcLang: doc.srcLang, trgLang: doc.trgLang })}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...body, '</xliff>', ''].join('\n');
}

function writeUnit(unit: XliffUnit, out: string[]): void {
  out.push(`  <unit${attrs({ id: unit.id, name: unit.name })}>`);
  writeNotes(unit.notes, '   ', out);
  const data = new TjData(unit.originalData ?? {});
  const segments: string[] = [];
  for (const seg of unit.segments) {
    const name = seg.ignorable ? 'ignorable' : 'segment';
    segments.push(`   <${name}${attrs({ id: seg.id, state: seg.ignorable ? undefined : seg.state })}>`);
    segments.push(`    <source>${inline(seg.source, data)}</source>`);
    if (seg.target) segments.push(`    <target>${inline(seg.target, data)}</target>`);
    segments.push(`   </${name}>`);
  }
  const entries = [...Object.entries(unit.originalData ?? {}), ...data.added];
  if (entries.length > 0) {
    out.push('   <originalData>');
    for (const [id, value] of entries) out.push(`    <data${attrs({ id })}>${text(value)}</data>`);
    out.push('   </originalData>');
  }
  out.push(...segments, '  </unit>');
}

/**
 * Tarjuman's own attributes of an inline code (tj:href of a link...) travel as the code's original
 * data: XLIFF allows only fs and slr attributes on codes, and for a document edited in Tarjuman the
 * original format of a code is our mark, so `<data id="tjN">{"href":"..."}</data>` is its native form.
 */
class TjData {
  readonly added: [string, string][] = [];
  private next = 1;

  constructor(private readonly taken: Record<string, string>) {}

  /** The attributes to write for a code: tj:* replaced by a data reference when possible. */
  attrsOf(kind: 'ph' | 'pc' | 'sc' | 'ec', a: XliffAttrs | undefined): XliffAttrs | undefined {
    const tj = Object.entries(a ?? {}).filter(([k]) => k.startsWith('tj:'));
    const hasData = a?.dataRef !== undefined || a?.dataRefStart !== undefined || a?.dataRefEnd !== undefined;
    if (tj.length === 0 || hasData) return a;
    let id = `tj${this.next++}`;
    while (id in this.taken) id = `tj${this.next++}`;
    this.added.push([id, JSON.stringify(Object.fromEntries(tj.map(([k, v]) => [k.slice(3), v])))]);
    const rest = Object.fromEntries(Object.entries(a!).filter(([k]) => !k.startsWith('tj:')));
    return { ...rest, ...(kind === 'pc' ? { dataRefStart: id, dataRefEnd: id } : { dataRef: id }) };
  }
}

function writeNotes(notes: XliffNote[], indent: string, out: string[]): void {
  if (notes.length === 0) return;
  out.push(`${indent}<notes>`);
  for (const n of notes) {
    const a = attrs({ id: n.id, appliesTo: n.appliesTo, category: n.category, priority: n.priority?.toString() });
    out.push(`${indent} <note${a}>${text(n.text)}</note>`);
  }
  out.push(`${indent}</notes>`);
}

/** Inline content as XLIFF markup (tj:* attributes of codes go to `data` when given). */
export function inline(items: XliffInline[], data?: TjData): string {
  return items
    .map((item) => {
      switch (item.kind) {
        case 'text':
          return text(item.text);
        case 'pc':
          return `<pc${attrs({ id: item.id })}${extra(data ? data.attrsOf('pc', item.attrs) : item.attrs)}>${inline(item.content, data)}</pc>`;
        case 'mrk':
          return `<mrk${attrs({ id: item.id })}${extra(item.attrs)}>${inline(item.content, data)}</mrk>`;
        case 'ph':
        case 'sc':
          return `<${item.kind}${attrs({ id: item.id })}${extra(data ? data.attrsOf(item.kind, item.attrs) : item.attrs)}/>`;
        case 'sm':
          return `<sm${attrs({ id: item.id })}${extra(item.attrs)}/>`;
        case 'ec':
          return `<ec${attrs({ id: item.id, startRef: item.startRef })}${extra(data ? data.attrsOf('ec', item.attrs) : item.attrs)}/>`;
        case 'em':
          return `<em${attrs({ startRef: item.startRef })}/>`;
      }
    })
    .join('');
}

function extra(a: XliffAttrs | undefined): string {
  return a ? attrs(a) : '';
}

function attrs(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${text(v).replace(/"/g, '&quot;').replace(/[\t\n]/g, (c) => `&#${c.charCodeAt(0)};`)}"`)
    .join('');
}

// Characters XML 1.0 cannot hold go out as <cp>; CR as a reference so parsers keep it.
function text(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '\r') out += '&#13;';
    else if ((code < 0x20 && ch !== '\t' && ch !== '\n') || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff)) {
      out += `<cp hex="${code.toString(16).toUpperCase().padStart(4, '0')}"/>`;
    } else out += ch;
  }
  return out;
}
