import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { isRtl, type Lang } from '../text/lang';
import { buildEditionModel, type BodyBlock, type EditionModel } from './edition-model';
import { FONT_FAMILY, scriptFontOf } from './font-families';
import type { HouseStyle } from './house-style';
import { markOf, type StyledInline } from './inline';
import { listSeparator } from './render-html';
import { EDITION_MARKS, type EditionInput } from './types';

const FSI = '\u2068';
const PDI = '\u2069';
const BIDI_LANG: Record<Lang, string> = { ar: 'ar-SA', fa: 'fa-IR', en: 'en-US' };
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Runs of styled inline content: RTL runs (w:rtl) except Latin runs, which sit between U+2068 and U+2069. */
function runs(inline: StyledInline, lang: Lang, extra: { bold?: boolean; style?: string } = {}): ParagraphChild[] {
  const rtl = isRtl(lang);
  const out: ParagraphChild[] = [];
  for (const g of inline) {
    g.links.forEach((l, li) => {
      const children = l.pieces.map((p, pi) => {
        if (p.hardBreak) return new TextRun({ text: '', break: 1 });
        const first = g.isolate && li === 0 && pi === 0;
        const last = g.isolate && li === g.links.length - 1 && pi === l.pieces.length - 1;
        const bold = extra.bold || Boolean(markOf(p, EDITION_MARKS.bold));
        const italics = Boolean(markOf(p, EDITION_MARKS.italic));
        return new TextRun({
          text: `${first ? FSI : ''}${p.text}${last ? PDI : ''}`,
          ...(rtl && !g.isolate ? { rightToLeft: true } : {}),
          // Word reads w:b for Latin text and w:bCs for Arabic script: set both, or neither.
          ...(bold ? { bold, boldComplexScript: bold } : {}),
          ...(italics ? { italics, italicsComplexScript: italics } : {}),
          style: l.href ? 'Hyperlink' : extra.style,
        });
      });
      out.push(...(l.href ? [new ExternalHyperlink({ link: l.href, children })] : children));
    });
  }
  return out;
}

function para(inline: StyledInline, lang: Lang, opts: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; style?: string; bullet?: boolean; bold?: boolean } = {}) {
  return new Paragraph({
    bidirectional: isRtl(lang),
    heading: opts.heading,
    style: opts.style,
    bullet: opts.bullet ? { level: 0 } : undefined,
    children: runs(inline, lang, { bold: opts.bold }),
  });
}

function blockParas(b: BodyBlock, lang: Lang): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [para(b.inline, lang, { heading: HEADINGS[b.level - 1] })];
    case 'paragraph':
      return [para(b.inline, lang)];
    case 'list':
      return b.items.map((i) => para(i, lang, { bullet: true }));
    case 'caption': {
      const label = b.label ? [...b.label, { isolate: false, links: [{ href: null, pieces: [{ text: ': ', marks: [], hardBreak: false }] }] }] : [];
      return [para([...label, ...b.inline], lang, { style: 'Caption' })];
    }
    case 'quote':
      return [
        ...b.paragraphs.map((p) => para(p, b.original?.lang ?? lang, { style: 'Quote' })),
        ...(b.original ? [para(b.original.label, lang, { style: 'Caption' })] : []),
      ];
    case 'quote-pair': {
      // Translation and original side by side: a two-column table, laid out right to left in RTL editions.
      const cell = (ps: Paragraph[]) => new TableCell({ children: ps, width: { size: 50, type: WidthType.PERCENTAGE } });
      const table = new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        visuallyRightToLeft: isRtl(lang),
        rows: [
          new TableRow({
            children: [
              cell(b.translation.map((p) => para(p, lang, { style: 'Quote' }))),
              cell([para(b.originalLabel, lang, { bold: true }), ...b.original.map((p) => para(p, b.originalLang, { style: 'Quote' }))]),
            ],
          }),
        ],
      });
      return [table, para(b.note, lang, { style: 'Caption' })];
    }
  }
}

function metaParas(m: EditionModel): Paragraph[] {
  const { lang } = m;
  const text = (t: string): StyledInline => [{ isolate: false, links: [{ href: null, pieces: [{ text: t, marks: [], hardBreak: false }] }] }];
  const labelled = (label: StyledInline, value: StyledInline) => para([...label, ...text(': '), ...value], lang);
  const linked = (url: string, inline: StyledInline): StyledInline => inline.map((g) => ({ ...g, links: g.links.map((l) => ({ ...l, href: url })) }));
  const out: Paragraph[] = [];
  if (m.series) out.push(labelled(m.series.label, m.series.value));
  if (m.topics) out.push(labelled(m.topics.label, m.topics.values.flatMap((v, i) => (i ? [...text(listSeparator(lang)), ...v] : v))));
  if (m.alsoAvailable) {
    out.push(labelled(m.alsoAvailable.label, m.alsoAvailable.links.flatMap((l, i) => [...(i ? text(' · ') : []), ...linked(l.url, l.name)])));
  }
  if (m.about) {
    out.push(para(m.about.heading, lang, { heading: HeadingLevel.HEADING_2 }));
    for (const a of m.about.authors) out.push(para(a.name, lang, { heading: HeadingLevel.HEADING_3 }), para(a.bio, lang));
  }
  if (m.source) out.push(labelled(m.source.label, linked(m.source.url, [{ isolate: true, links: [{ href: null, pieces: [{ text: m.source.url, marks: [], hardBreak: false }] }] }])));
  return out;
}

/** Server-only: the edition as a Word file with right-to-left paragraphs and runs, Noto Naskh Arabic / Vazirmatn as complex-script font. */
export async function renderEditionDocx(input: EditionInput, style: HouseStyle): Promise<Uint8Array> {
  const m = buildEditionModel(input, style);
  const { lang } = m;
  const font = { ascii: FONT_FAMILY.latin, hAnsi: FONT_FAMILY.latin, cs: scriptFontOf(lang) };
  const children: (Paragraph | Table)[] = [para(m.title, lang, { heading: HeadingLevel.TITLE })];
  if (m.byline) children.push(para(m.byline, lang, { style: 'Byline' }));
  if (m.date) children.push(para(m.date.text, lang, { style: 'Byline' }));
  for (const b of m.body) children.push(...blockParas(b, lang));
  children.push(...metaParas(m));
  const doc = new Document({
    title: input.title,
    creator: input.authors.join(', '),
    styles: {
      default: { document: { run: { font, size: 24, sizeComplexScript: 28, language: { value: BIDI_LANG[lang], bidirectional: BIDI_LANG[lang] } } } },
      paragraphStyles: [
        { id: 'Caption', name: 'Caption', basedOn: 'Normal', next: 'Normal', run: { italics: true, italicsComplexScript: true, size: 20, sizeComplexScript: 22, color: '555555' } },
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { start: 567 } } },
        { id: 'Byline', name: 'Byline', basedOn: 'Normal', next: 'Normal', run: { color: '555555' } },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
