import { buildEditionModel, type BodyBlock } from './edition-model';
import type { HouseStyle } from './house-style';
import { markOf, type InlinePiece, type StyledInline } from './inline';
import { listSeparator } from './render-html';
import { EDITION_MARKS, type EditionInput } from './types';

const FSI = '\u2068';
const PDI = '\u2069';

const URL = /(?:https?:\/\/|www\.)[^\s<>«»"]*[^\s<>«»".,;:!?؟،؛)\]]/giu;

/** Escapes Markdown syntax so that text prints as written; a bare URL becomes an autolink `<…>`. */
function escapeMd(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(URL)) {
    const url = m[0];
    out += escapePlain(text.slice(at, m.index)) + (url.startsWith('www.') ? `[${escapePlain(url)}](<https://${url}>)` : `<${url}>`);
    at = m.index + m[0].length;
  }
  return out + escapePlain(text.slice(at));
}

function escapePlain(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/gu, (ch) => `\\${ch}`);
}

// A paragraph that starts like a list item or a quote must not become one.
function escapeLineStart(md: string): string {
  return md.replace(/^(\s*)([-+>]|\d+(?=[.)]\s))/u, (_, sp: string, mark: string) => (/\d/u.test(mark) ? `${sp}${mark}\\` : `${sp}\\${mark}`));
}

// Emphasis markers must touch the words: move edge spaces outside them.
function wrap(text: string, marker: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text)!;
  return m[2] ? `${m[1]}${marker}${m[2]}${marker}${m[3]}` : text;
}

function pieceMd(p: InlinePiece): string {
  if (p.hardBreak) return '\\\n';
  let md = escapeMd(p.text);
  if (markOf(p, EDITION_MARKS.italic)) md = wrap(md, '*');
  if (markOf(p, EDITION_MARKS.bold)) md = wrap(md, '**');
  return md;
}

/** Inline content as Markdown; Latin runs between U+2068 and U+2069 so they keep their order. */
function inlineMd(inline: StyledInline): string {
  return inline
    .map((g) => {
      const inner = g.links
        .map((l) => {
          const body = l.pieces.map(pieceMd).join('');
          return l.href ? `[${body}](<${l.href.replace(/[<>]/gu, encodeURIComponent)}>)` : body;
        })
        .join('');
      return g.isolate ? `${FSI}${inner}${PDI}` : inner;
    })
    .join('');
}

function blockMd(b: BodyBlock): string {
  const quoted = (text: string) => text.split('\n').map((l) => `> ${l}`.trimEnd()).join('\n');
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${inlineMd(b.inline)}`;
    case 'paragraph':
      return escapeLineStart(inlineMd(b.inline));
    case 'list':
      return b.items.map((i) => `- ${inlineMd(i)}`).join('\n');
    case 'caption':
      return `*${b.label ? `${inlineMd(b.label)}: ` : ''}${inlineMd(b.inline)}*`;
    case 'quote':
      return quoted([...b.paragraphs.map(inlineMd), ...(b.original ? [`— *${inlineMd(b.original.label)}*`] : [])].join('\n\n'));
    case 'quote-pair':
      return [
        quoted(b.translation.map(inlineMd).join('\n\n')),
        quoted([`**${inlineMd(b.originalLabel)}**`, ...b.original.map(inlineMd)].join('\n\n')),
        `*${inlineMd(b.note)}*`,
      ].join('\n\n');
  }
}

/** The edition as Markdown (CommonMark): house style applied, boilerplate from the "Edition" messages. */
export function renderEditionMarkdown(input: EditionInput, style: HouseStyle): string {
  const m = buildEditionModel(input, style);
  const label = (l: StyledInline) => `**${inlineMd(l)}:**`;
  const parts = [
    `# ${inlineMd(m.title)}`,
    [m.byline && inlineMd(m.byline), m.date && inlineMd(m.date.text)].filter(Boolean).join('  \n'),
    ...m.body.map(blockMd),
    m.series || m.topics || m.alsoAvailable || m.about || m.source ? '---' : '',
    m.series && `${label(m.series.label)} ${inlineMd(m.series.value)}`,
    m.topics && `${label(m.topics.label)} ${m.topics.values.map(inlineMd).join(listSeparator(m.lang))}`,
    m.alsoAvailable && `${label(m.alsoAvailable.label)} ${m.alsoAvailable.links.map((l) => `[${inlineMd(l.name)}](<${l.url}>)`).join(' · ')}`,
    m.about && [`## ${inlineMd(m.about.heading)}`, ...m.about.authors.map((a) => `**${inlineMd(a.name)}**  \n${inlineMd(a.bio)}`)].join('\n\n'),
    m.source && `${label(m.source.label)} <${m.source.url}>`,
  ];
  return `${parts.filter((p) => p).join('\n\n')}\n`;
}
