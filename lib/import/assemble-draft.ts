import type { DocumentDraft, SegmentDraft } from '../documents/types';
import type { Lang } from '../text/lang';
import { parseByline } from './byline';
import { classifyCaptions, isCaption } from './classify';
import { detectLang } from './detect-lang';
import { ImportError } from './import-error';
import { stripPageChrome } from './page-chrome';
import { parseDate } from './parse-date';
import { linkMark, makeSegment, runsText, type Block } from './runs';
import { safeHref } from './safe-href';
import type { ParsedSource } from './source-meta';

const HEAD_WINDOW = 8; // title, byline, date and source line are looked for among the first blocks
const SOURCE_LINE = /^(?:source|url|original|link|المصدر|الرابط|منبع|پیوند)\s*:\s*(https?:\/\/\S+)$/iu;

function isTitleLike(text: string): boolean {
  return text.length <= 200 && text.split(/\s+/u).length <= 30 && !/[.!?؟:;,،]$/u.test(text) && !isCaption(text);
}

function resolveLinks(block: Block, base: string): Block {
  const runs = block.runs.map((r) => ({
    ...r,
    marks: r.marks.flatMap((m) => {
      if (m.type !== 'link') return [m];
      const href = safeHref(String(m.attrs?.href ?? ''), base);
      return href ? [linkMark(href)] : [];
    }),
  }));
  return { ...block, runs };
}

/** Turn a parsed source into a DocumentDraft: metadata from the head, chrome out, segments in order. */
export function assembleDraft(parsed: ParsedSource, opts: { fileName?: string; sourceLang?: Lang }): DocumentDraft {
  const blocks = classifyCaptions(parsed.blocks);
  const head = blocks.slice(0, HEAD_WINDOW).map((b) => runsText(b.runs).trim());
  const role = new Map<number, 'title' | 'byline' | 'date' | 'source'>();
  let authors: string[] | null = null;
  let publishedOn: string | null = null;
  let sourceUrl: string | null = null;

  for (const [i, text] of head.entries()) {
    const src = SOURCE_LINE.exec(text);
    if (src && !sourceUrl) { sourceUrl = src[1]; role.set(i, 'source'); continue; }
    const names: string[] | null = authors ? null : parseByline(text);
    if (names) { authors = names; role.set(i, 'byline'); continue; }
    const date: string | null = publishedOn ? null : parseDate(text);
    if (date) { publishedOn = date; role.set(i, 'date'); }
  }
  const firstHeading = head.findIndex((_, i) => i < 3 && !role.has(i) && blocks[i].kind === 'heading');
  const titleIndex = firstHeading >= 0 ? firstHeading : !role.has(0) && head.length && blocks[0].kind === 'paragraph' && isTitleLike(head[0]) ? 0 : -1;
  if (titleIndex >= 0) role.set(titleIndex, 'title');

  const title =
    (titleIndex >= 0 ? head[titleIndex] : '') || parsed.meta.title?.trim() || (opts.fileName ?? '').replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
  const finalAuthors: string[] = authors ?? parsed.meta.authors ?? [];
  publishedOn ??= parsed.meta.date ? parseDate(parsed.meta.date) : null;
  const metaUrl = parsed.meta.sourceUrl;
  sourceUrl ??= metaUrl && /^https?:\/\//u.test(metaUrl) ? metaUrl : null;

  const rest = blocks.filter((_, i) => !role.has(i));
  const { body } = stripPageChrome(rest, finalAuthors);
  const kept = new Set(body);

  const segments: SegmentDraft[] = [];
  blocks.forEach((b, i) => {
    const r = role.get(i);
    const block = sourceUrl ? resolveLinks(b, sourceUrl) : b;
    if (r === 'title') segments.push(makeSegment('heading', block.runs, 1));
    else if (r === 'byline') segments.push(makeSegment('byline', block.runs));
    else if (r === 'date') segments.push(makeSegment('date', block.runs));
    else if (!r && kept.has(b)) segments.push(makeSegment(block.kind, block.runs, block.level));
  });
  if (!segments.length) throw new ImportError('import-no-content', { blocks: parsed.blocks.length });

  return {
    title,
    authors: finalAuthors,
    publishedOn,
    sourceUrl,
    sourceLang: opts.sourceLang ?? detectLang(segments.map((s) => s.text).join('\n')),
    segments,
  };
}
