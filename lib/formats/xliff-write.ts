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
  if (unit.originalData) {
    out.push('   <originalData>');
    for (const [id, data] of Object.entries(unit.originalData)) out.push(`    <data${attrs({ id })}>${text(data)}</data>`);
    out.push('   </originalData>');
  }
  for (const seg of unit.segments) {
    const name = seg.ignorable ? 'ignorable' : 'segment';
    out.push(`   <${name}${attrs({ id: seg.id, state: seg.ignorable ? undefined : seg.state })}>`);
    out.push(`    <source>${inline(seg.source)}</source>`);
    if (seg.target) out.push(`    <target>${inline(seg.target)}</target>`);
    out.push(`   </${name}>`);
  }
  out.push('  </unit>');
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

/** Inline content as XLIFF markup. */
export function inline(items: XliffInline[]): string {
  return items
    .map((item) => {
      switch (item.kind) {
        case 'text':
          return text(item.text);
        case 'pc':
        case 'mrk':
          return `<${item.kind}${attrs({ id: item.id })}${extra(item.attrs)}>${inline(item.content)}</${item.kind}>`;
        case 'ph':
        case 'sc':
        case 'sm':
          return `<${item.kind}${attrs({ id: item.id })}${extra(item.attrs)}/>`;
        case 'ec':
          return `<ec${attrs({ id: item.id, startRef: item.startRef })}${extra(item.attrs)}/>`;
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
