import type { PmNode } from '../documents/types';
import { createEditionT, type EditionT } from '../i18n/edition-i18n';
import { dirOf, type Lang } from '../text/lang';
import { formatEditionDate } from './edition-date';
import type { HouseStyle } from './house-style';
import { plainText, styleInline, styleText, type StyledInline } from './inline';
import type { EditionInput, EditionSegment } from './types';

/** One block of the edition's body, in reading order. */
export type BodyBlock =
  | { kind: 'heading'; level: number; inline: StyledInline }
  | { kind: 'paragraph'; inline: StyledInline }
  | { kind: 'list'; items: StyledInline[] }
  | { kind: 'caption'; number: number; label: StyledInline | null; inline: StyledInline }
  /** A quotation; `original` is set when it is printed verbatim in its original wording. */
  | { kind: 'quote'; paragraphs: StyledInline[]; original: { lang: Lang; label: StyledInline } | null }
  /** A quotation from another language: the translation beside the original. */
  | { kind: 'quote-pair'; translation: StyledInline[]; original: StyledInline[]; originalLang: Lang; originalLabel: StyledInline; note: StyledInline };

/** An edition with house style applied and boilerplate worded: what every renderer prints. */
export interface EditionModel {
  lang: Lang;
  dir: 'rtl' | 'ltr';
  title: StyledInline;
  byline: StyledInline | null;
  date: { iso: string; text: StyledInline } | null;
  body: BodyBlock[];
  series: { label: StyledInline; value: StyledInline } | null;
  topics: { label: StyledInline; values: StyledInline[] } | null;
  alsoAvailable: { label: StyledInline; links: { lang: Lang; url: string; name: StyledInline }[] } | null;
  about: { heading: StyledInline; authors: { name: StyledInline; bio: StyledInline }[] } | null;
  source: { label: StyledInline; url: string } | null;
}

function textBlocks(doc: PmNode): PmNode[] {
  const out: PmNode[] = [];
  const walk = (n: PmNode) => {
    const inline = (n.content ?? []).some((c) => c.type === 'text' || c.type === 'hardBreak');
    if (inline || (n.type !== 'doc' && !n.content?.length)) out.push(n);
    else n.content?.forEach(walk);
  };
  walk(doc);
  return out.filter((b) => b.content?.length);
}

/** Builds the edition model: house style on every text, boilerplate from the "Edition" messages. */
export function buildEditionModel(input: EditionInput, style: HouseStyle): EditionModel {
  const { lang } = input;
  const t = createEditionT(lang);
  const s = (text: string, verbatim = false) => styleText(text, lang, style, verbatim);
  const hasAuthors = input.authors.length > 0;
  const base = input.sourceUrl ?? null;
  const body: BodyBlock[] = [];
  let figures = 0;
  for (const seg of input.segments) {
    // The header prints byline and date from the metadata; the page's own lines are kept only without it.
    if ((seg.kind === 'byline' && hasAuthors) || (seg.kind === 'date' && input.publishedOn)) continue;
    const blocks = textBlocks(seg.content);
    if (seg.quote || seg.kind === 'quote') {
      body.push(quoteBlock(seg, blocks, lang, style, t, base));
    } else if (seg.kind === 'caption') {
      figures += 1;
      const inline = styleInline(blocks.flatMap((b) => b.content ?? []), lang, style, false, base);
      body.push({ kind: 'caption', number: figures, label: hasFigureLabel(plainText(inline), t) ? null : s(t('figure', { n: figures })), inline });
    } else if (seg.kind === 'list-item') {
      const last = body[body.length - 1];
      const items = blocks.map((b) => styleInline(b.content, lang, style, false, base));
      if (last?.kind === 'list') last.items.push(...items);
      else body.push({ kind: 'list', items });
    } else {
      for (const b of blocks) {
        const inline = styleInline(b.content, lang, style, false, base);
        if (seg.kind === 'heading') body.push({ kind: 'heading', level: headingLevel(b), inline });
        else body.push({ kind: 'paragraph', inline });
      }
    }
  }
  const bios = input.authorBios ?? [];
  return {
    lang,
    dir: dirOf(lang),
    title: s(input.title),
    byline: hasAuthors ? s(t('by', { authors: new Intl.ListFormat(lang, { type: 'conjunction' }).format(input.authors) })) : null,
    date: input.publishedOn ? { iso: input.publishedOn, text: s(formatEditionDate(input.publishedOn, lang, style)) } : null,
    body,
    series: input.series ? { label: s(t('partOfSeries')), value: s(input.series) } : null,
    topics: input.topics?.length ? { label: s(t('topics')), values: input.topics.map((x) => s(x)) } : null,
    alsoAvailable: input.alsoAvailableIn?.length
      ? {
          label: s(t('alsoAvailableIn')),
          // Each language is named in itself, as readers of that language look for it.
          links: input.alsoAvailableIn.map((a) => ({ ...a, name: s(createEditionT(a.lang)(`language.${a.lang}`)) })),
        }
      : null,
    about: bios.length
      ? { heading: s(t(bios.length === 1 ? 'aboutAuthor' : 'aboutAuthors')), authors: bios.map((b) => ({ name: s(b.name), bio: s(b.bio) })) }
      : null,
    source: input.sourceUrl ? { label: s(t('source')), url: input.sourceUrl } : null,
  };
}

function headingLevel(block: PmNode): number {
  const level = Number(block.attrs?.level ?? 2);
  // The title is the only h1.
  return Math.min(Math.max(Number.isFinite(level) ? level : 2, 2), 6);
}

// A caption that already begins with its label ("الشكل 1: ...", "Figure 1: ...") gets no second one.
function hasFigureLabel(text: string, t: EditionT): boolean {
  const word = t('figure', { n: '' }).trim();
  const head = text.trimStart();
  return head.startsWith(word) || /^Figure\s/iu.test(head);
}

function quoteBlock(seg: EditionSegment, blocks: PmNode[], lang: Lang, style: HouseStyle, t: EditionT, base: string | null): BodyBlock {
  const translated = blocks.map((b) => styleInline(b.content, lang, style, false, base));
  const q = seg.quote;
  if (!q) return { kind: 'quote', paragraphs: translated, original: null };
  const original = q.originalText.split(/\n+/u).map((p) => styleText(p, q.originalLang, style, true));
  const s = (text: string) => styleText(text, lang, style);
  if (q.originalLang === lang) return { kind: 'quote', paragraphs: original, original: { lang, label: s(t('originalWording')) } };
  return {
    kind: 'quote-pair',
    translation: q.translation ? q.translation.split(/\n+/u).map((p) => s(p)) : translated,
    original,
    originalLang: q.originalLang,
    originalLabel: s(t('originalWording')),
    note: s(t('translatedFrom', { language: t(`language.${q.originalLang}`) })),
  };
}
