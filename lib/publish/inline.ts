import type { PmMark, PmNode } from '../documents/types';
import { safeHref } from '../import/safe-href';
import { isRtl, type Lang } from '../text/lang';
import { localizeDigits } from './digits';
import { toGuillemets } from './guillemets';
import type { HouseStyle } from './house-style';
import { findLatinRuns } from './isolate-latin';
import { EDITION_MARKS, PublishError } from './types';

/** A stretch of text with one set of marks (a hard break is a piece whose text is "\n"). */
export interface InlinePiece {
  text: string;
  marks: PmMark[];
  hardBreak: boolean;
}
/** Consecutive pieces under the same link (href null: no link). */
export interface LinkGroup {
  href: string | null;
  pieces: InlinePiece[];
}
/** Consecutive link groups inside one Latin run to isolate, or outside any. */
export interface IsolateGroup {
  isolate: boolean;
  links: LinkGroup[];
}
/** Styled inline content, ready for a renderer. */
export type StyledInline = IsolateGroup[];

function flatten(nodes: PmNode[] | undefined, out: InlinePiece[] = []): InlinePiece[] {
  for (const node of nodes ?? []) {
    if (node.type === 'text' && node.text) out.push({ text: node.text, marks: node.marks ?? [], hardBreak: false });
    else if (node.type === 'hardBreak') out.push({ text: '\n', marks: [], hardBreak: true });
    else if (node.content) flatten(node.content, out);
  }
  return out;
}

/** The mark of a type on a piece, if any. */
export function markOf(piece: InlinePiece, type: string): PmMark | undefined {
  return piece.marks.find((m) => m.type === type);
}

/**
 * Applies the house style to a block's inline content: digits and quotation marks over the whole
 * block (so a quotation opened in plain text and closed in bold still pairs), never inside
 * original-wording marks or when `verbatim`; then splits the pieces at Latin runs to isolate.
 */
export function styleInline(
  nodes: PmNode[] | undefined,
  lang: Lang,
  style: HouseStyle,
  verbatim = false,
  base: string | null = null,
): StyledInline {
  const pieces = flatten(nodes);
  const full = pieces.map((p) => p.text).join('');
  if (!verbatim) {
    let styled = localizeDigits(full, style);
    if (style.quotes === 'guillemets') styled = toGuillemets(styled, lang);
    if (styled.length !== full.length) throw new PublishError('edition-style-length', { before: full.length, after: styled.length });
    let at = 0;
    for (const p of pieces) {
      const end = at + p.text.length;
      if (!markOf(p, EDITION_MARKS.originalWording)) p.text = styled.slice(at, end);
      at = end;
    }
  }
  const text = pieces.map((p) => p.text).join('');
  const runs = isRtl(lang) && style.isolateLatin ? findLatinRuns(text) : [];
  // Split pieces at run edges and tag each with the run it belongs to (-1: none).
  const tagged: { piece: InlinePiece; run: number }[] = [];
  let at = 0;
  for (const p of pieces) {
    const end = at + p.text.length;
    const cuts = new Set<number>([at, end]);
    for (const r of runs) {
      if (r.start > at && r.start < end) cuts.add(r.start);
      if (r.end > at && r.end < end) cuts.add(r.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const [s, e] = [points[i]!, points[i + 1]!];
      const run = runs.findIndex((r) => r.start <= s && e <= r.end);
      tagged.push({ piece: { ...p, text: p.text.slice(s - at, e - at) }, run });
    }
    at = end;
  }
  return group(tagged, base);
}

// Relative links ("/node/16641") are resolved against the source page: the edition is a file elsewhere.
function hrefOf(piece: InlinePiece, base: string | null): string | null {
  const raw = markOf(piece, EDITION_MARKS.link)?.attrs?.href;
  return typeof raw === 'string' ? safeHref(raw, base) : null;
}

function group(tagged: { piece: InlinePiece; run: number }[], base: string | null): StyledInline {
  const out: StyledInline = [];
  let lastRun: number | undefined;
  for (const { piece, run } of tagged) {
    let iso = out[out.length - 1];
    if (!iso || run !== lastRun) {
      iso = { isolate: run !== -1, links: [] };
      out.push(iso);
    }
    lastRun = run;
    const href = hrefOf(piece, base);
    const link = iso.links[iso.links.length - 1];
    if (link && link.href === href) link.pieces.push(piece);
    else iso.links.push({ href, pieces: [piece] });
  }
  return out;
}

/** Plain text (a title, a name, a label) styled like inline content. */
export function styleText(text: string, lang: Lang, style: HouseStyle, verbatim = false): StyledInline {
  return styleInline(text ? [{ type: 'text', text }] : [], lang, style, verbatim);
}

/** The characters of styled inline content (without isolation marks). */
export function plainText(inline: StyledInline): string {
  return inline.flatMap((g) => g.links.flatMap((l) => l.pieces.map((p) => p.text))).join('');
}
