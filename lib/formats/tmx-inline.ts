/**
 * Tiptap JSON <-> TMX 1.4b seg content. A mark becomes a `<bpt i="n" x="n" type="…">` / `<ept i="n">`
 * pair whose native code is the HTML the editor renders (`<b>`, `<i>`, `<a href="…">`, a span for a
 * confirmed glossary term or an original wording); pairs may overlap, as TMX allows. A hard break is
 * `<ph type="lb">` with `<br/>`, a new block a `<ph type="lb">` with `</p><p>`. Reading accepts those
 * and the standard types of other tools (bold, italic, ulined, link); anything else is not converted
 * (the caller keeps the codes as XML and flattens the text).
 */
import type { PmMark, PmNode } from '../documents/types';
import { childElements, escapeXml, parseXml, type XmlElement } from './xml';

/** TMX 1.4b's bpt types for our marks; marks of our own are `x-` types. */
const TYPE_OF: Record<string, string> = { bold: 'bold', italic: 'italic', underline: 'ulined', link: 'link', strike: 'x-strike', glossaryTerm: 'x-term', originalWording: 'x-original-wording' };
const MARK_OF: Record<string, string> = Object.fromEntries(Object.entries(TYPE_OF).map(([k, v]) => [v, k]));
const TAG_OF: Record<string, string> = { bold: 'b', italic: 'i', underline: 'u', strike: 's', link: 'a' };
// Attributes the native code carries as HTML attributes; any other attribute rides in data-attrs (JSON).
const HTML_ATTRS: Record<string, Record<string, string>> = {
  link: { href: 'href' },
  glossaryTerm: { conceptId: 'data-concept-id' },
  originalWording: { lang: 'lang', quoteId: 'data-quote-id' },
};
const BREAK = '<br/>';
const BLOCK = '</p><p>';
// Order of marks on one text node (how lib/formats/xliff-tiptap.ts writes them).
const OUTPUT = ['bold', 'italic', 'link', 'glossaryTerm'];

/** Whether a Tiptap doc carries anything TMX would need codes for (marks, breaks, more than one block). */
export function hasInline(doc: PmNode | null | undefined): boolean {
  if (!doc) return false;
  const blocks = doc.type === 'doc' ? (doc.content ?? []) : [doc];
  return blocks.length > 1 || blocks.some((b) => (b.content ?? []).some((n) => n.type !== 'text' || (n.marks?.length ?? 0) > 0));
}

/** The seg content (XML) of a Tiptap doc: its text with marks as bpt/ept pairs and breaks as ph. */
export function pmToTmxSeg(doc: PmNode): string {
  const blocks = doc.type === 'doc' ? (doc.content ?? []) : [doc];
  let out = '';
  let next = 0;
  blocks.forEach((block, index) => {
    if (index > 0) out += ph(BLOCK);
    let open: { key: string; i: number; mark: PmMark }[] = [];
    const close = (keep: Set<string>) => {
      for (let k = open.length - 1; k >= 0; k--) if (!keep.has(open[k]!.key)) out += `<ept i="${open[k]!.i}">${escapeXml(closing(open[k]!.mark))}</ept>`;
      open = open.filter((o) => keep.has(o.key));
    };
    for (const node of block.content ?? []) {
      if (node.type !== 'text') {
        // Other inline nodes (none in the editor's schema today) have no TMX form; a hard break is one.
        if (node.type === 'hardBreak') out += ph(BREAK);
        continue;
      }
      const marks = node.marks ?? [];
      const keys = new Set(marks.map(markKey));
      close(keys);
      for (const m of marks) {
        const key = markKey(m);
        if (open.some((o) => o.key === key)) continue;
        const i = ++next;
        open.push({ key, i, mark: m });
        out += `<bpt i="${i}" x="${i}" type="${TYPE_OF[m.type] ?? 'x-mark'}">${escapeXml(opening(m))}</bpt>`;
      }
      out += escapeXml(node.text ?? '');
    }
    close(new Set());
  });
  return out;
}

/** The Tiptap doc of a seg's content (as tmx-read keeps it), or null when a code has no mark of ours. */
export function tmxSegToPm(inline: string): PmNode | null {
  let seg: XmlElement;
  try {
    seg = parseXml(`<seg>${inline}</seg>`);
  } catch {
    return null;
  }
  const blocks: PmNode[][] = [[]];
  const open = new Map<string, PmMark>();
  for (const c of seg.children) {
    const block = blocks[blocks.length - 1]!;
    if (c.type === 'text') {
      if (c.value) pushText(block, c.value, [...open.values()]);
      continue;
    }
    if (childElements(c).length > 0) return null; // a sub inside a code: translatable text we cannot place
    if (c.local === 'bpt') {
      const mark = markOf(c.attrs.type, c.text);
      if (!mark || c.attrs.i === undefined || open.has(c.attrs.i)) return null;
      open.set(c.attrs.i, mark);
    } else if (c.local === 'ept') {
      if (c.attrs.i === undefined || !open.delete(c.attrs.i)) return null;
    } else if (c.local === 'ph' && c.attrs.type === 'lb') {
      if (c.text.replace(/\s/g, '') === BLOCK) blocks.push([]);
      else block.push({ type: 'hardBreak' });
    } else return null;
  }
  if (open.size > 0) return null;
  return { type: 'doc', content: blocks.map((content) => ({ type: 'paragraph', ...(content.length > 0 ? { content } : {}) })) };
}

const ph = (native: string) => `<ph type="lb">${escapeXml(native)}</ph>`;
const markKey = (m: PmMark) => JSON.stringify([m.type, m.attrs ?? {}]);

function opening(m: PmMark): string {
  const attrs = { ...(m.attrs ?? {}) };
  let html = '';
  for (const [name, attr] of Object.entries(HTML_ATTRS[m.type] ?? {})) {
    if (attrs[name] !== null && attrs[name] !== undefined) html += ` ${attr}="${escapeXml(String(attrs[name]))}"`;
    delete attrs[name];
  }
  const tag = TAG_OF[m.type];
  const own = tag ? '' : ` data-mark="${escapeXml(m.type)}"`;
  const rest = Object.keys(attrs).length > 0 ? ` data-attrs="${escapeXml(JSON.stringify(attrs))}"` : '';
  return `<${tag ?? 'span'}${own}${html}${rest}>`;
}

const closing = (m: PmMark) => `</${TAG_OF[m.type] ?? 'span'}>`;

/** The mark a bpt stands for: by its type, attributes from its native code when it is ours. */
function markOf(type: string | undefined, native: string): PmMark | null {
  const html = htmlAttrs(native);
  const name = type === 'x-mark' ? html['data-mark'] : type ? MARK_OF[type] : undefined;
  if (!name) return null;
  const attrs: Record<string, unknown> = {};
  if (html['data-attrs']) {
    try {
      Object.assign(attrs, JSON.parse(html['data-attrs']) as Record<string, unknown>);
    } catch {
      return null;
    }
  }
  for (const [key, attr] of Object.entries(HTML_ATTRS[name] ?? {})) {
    if (html[attr] !== undefined) attrs[key] = key === 'quoteId' ? Number(html[attr]) : html[attr];
  }
  if (name === 'glossaryTerm' && attrs.conceptId === undefined) return null; // another tool's x-term: no concept to link
  return Object.keys(attrs).length > 0 ? { type: name, attrs } : { type: name };
}

/** The attributes of an HTML start tag (entities of attribute values decoded). */
function htmlAttrs(native: string): Record<string, string> {
  const out: Record<string, string> = {};
  const start = /^\s*<[\p{L}\p{N}]+([^>]*)>/u.exec(native);
  if (!start) return out;
  for (const m of start[1]!.matchAll(/([\p{L}\p{N}_:-]+)\s*=\s*"([^"]*)"/gu)) out[m[1]!] = unescapeHtml(m[2]!);
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeHtml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

function pushText(block: PmNode[], text: string, marks: PmMark[]): void {
  const sorted = [...marks].sort((a, b) => rank(a.type) - rank(b.type) || a.type.localeCompare(b.type));
  const last = block[block.length - 1];
  if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(sorted)) {
    last.text += text;
    return;
  }
  block.push(sorted.length > 0 ? { type: 'text', text, marks: sorted } : { type: 'text', text });
}

const rank = (type: string) => {
  const i = OUTPUT.indexOf(type);
  return i < 0 ? OUTPUT.length : i;
};
