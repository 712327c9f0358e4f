import type { SegmentKind } from '../documents/types';
import { parseMarkdownInline } from './markdown-inline';
import { trimRuns, type Block } from './runs';
import type { ParsedSource, SourceMeta } from './source-meta';

const ATX = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/u;
const HR = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/u;
const SETEXT = /^ {0,3}(=+|-+)\s*$/u;
const QUOTE = /^ {0,3}>\s?(.*)$/u;
const ITEM = /^ {0,3}(?:[-*+]|\p{N}{1,9}[.)])\s+(.*)$/u;
const FENCE = /^ {0,3}(```|~~~)/u;

/** YAML-ish front matter: only flat "key: value" lines are read (title, author(s), date, source/url). */
function readFrontMatter(lines: string[]): { meta: SourceMeta; skip: number } {
  if (lines[0]?.trim() !== '---') return { meta: {}, skip: 0 };
  const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/u.test(l));
  if (end < 0) return { meta: {}, skip: 0 };
  const meta: SourceMeta = {};
  for (const line of lines.slice(1, end)) {
    const m = /^([A-Za-z_]+)\s*:\s*(.*)$/u.exec(line);
    if (!m) continue;
    const value = m[2].trim().replace(/^["']|["']$/gu, '');
    const k = m[1].toLowerCase();
    if (k === 'title') meta.title = value;
    else if (k === 'author' || k === 'authors') meta.authors = value.replace(/^\[|\]$/gu, '').split(/\s*[,،]\s*/u).map((a) => a.replace(/^["']|["']$/gu, '')).filter(Boolean);
    else if (k === 'date') meta.date = value;
    else if (k === 'source' || k === 'url' || k === 'canonical') meta.sourceUrl = value;
  }
  return { meta, skip: end + 1 };
}

/** Markdown (CommonMark's everyday subset) to blocks: headings, paragraphs, quotes, list items. */
export function parseMarkdown(source: string): ParsedSource {
  const lines = source.replace(/\r\n?/gu, '\n').split('\n');
  const { meta, skip } = readFrontMatter(lines);
  const blocks: Block[] = [];
  type Buf = { kind: SegmentKind; level?: number; text: string };
  let buf: Buf | null = null;
  // Read through a function: TypeScript does not see the closures below reassigning buf.
  const open = (): Buf | null => buf;

  const flush = () => {
    if (!buf) return;
    const runs = trimRuns(parseMarkdownInline(buf.text));
    if (runs.length) blocks.push({ kind: buf.kind, ...(buf.level ? { level: buf.level } : {}), runs });
    buf = null;
  };
  const append = (kind: SegmentKind, line: string) => {
    if (buf && buf.kind === kind) {
      // Two trailing spaces (or a backslash) make a hard break; other newlines are soft.
      const hard = /(?: {2,}|\\)$/u.test(buf.text);
      buf.text = (hard ? buf.text.replace(/(?: {2,}|\\)$/u, '') + '\\\n' : buf.text.trimEnd() + ' ') + line.trimStart();
    } else {
      flush();
      buf = { kind, text: line.trimStart() };
    }
  };

  for (let i = skip; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*$/u.test(line)) { flush(); continue; }
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence[1]); i++) body.push(lines[i]);
      // Code is kept as text; backslashes are escaped so the inline parser leaves it alone.
      const text = body.map((l) => l.replace(/[\\`*_[\]<]/gu, (c) => '\\' + c)).join('\\\n');
      if (text.trim()) { buf = { kind: 'paragraph', text }; flush(); }
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) { flush(); buf = { kind: 'heading', level: atx[1].length, text: atx[2] }; flush(); continue; }
    const setext = SETEXT.exec(line);
    const current = open();
    if (setext && current?.kind === 'paragraph') {
      current.kind = 'heading';
      current.level = setext[1].startsWith('=') ? 1 : 2;
      flush();
      continue;
    }
    if (HR.test(line)) { flush(); continue; }
    const quote = QUOTE.exec(line);
    if (quote) { append('quote', quote[1]); continue; }
    const item = ITEM.exec(line);
    if (item) { flush(); buf = { kind: 'list-item', text: item[1] }; continue; }
    // Lazy continuation: a plain line continues whatever block is open.
    append(open()?.kind ?? 'paragraph', line);
  }
  flush();
  return { blocks, meta };
}
