import { escapeXml as esc } from '../formats/xml';
import { safeHref } from '../import/safe-href';
import { dirOf, type Lang } from '../text/lang';
import { buildEditionModel, type BodyBlock, type EditionModel } from './edition-model';
import { cssFontStack } from './font-families';
import type { HouseStyle } from './house-style';
import { markOf, plainText, type InlinePiece, type StyledInline } from './inline';
import { EDITION_MARKS, type EditionInput } from './types';

function pieceHtml(p: InlinePiece): string {
  if (p.hardBreak) return '<br />';
  let h = esc(p.text);
  if (markOf(p, EDITION_MARKS.italic)) h = `<em>${h}</em>`;
  if (markOf(p, EDITION_MARKS.bold)) h = `<strong>${h}</strong>`;
  const original = markOf(p, EDITION_MARKS.originalWording)?.attrs?.lang;
  if (original === 'ar' || original === 'fa' || original === 'en') {
    h = `<span class="original-wording" lang="${original}" dir="${dirOf(original)}">${h}</span>`;
  }
  return h;
}

/** Inline content as HTML: Latin runs in <bdi>, links as <a>, marks as elements. */
function inlineHtml(inline: StyledInline): string {
  return inline
    .map((g) => {
      const inner = g.links
        .map((l) => {
          const body = l.pieces.map(pieceHtml).join('');
          return l.href ? `<a href="${esc(l.href)}">${body}</a>` : body;
        })
        .join('');
      return g.isolate ? `<bdi>${inner}</bdi>` : inner;
    })
    .join('');
}

/** The comma between list items: the Arabic comma in Arabic-script editions. */
export function listSeparator(lang: Lang): string {
  return lang === 'en' ? ', ' : '، ';
}

const paras = (ps: StyledInline[]) => ps.map((p) => `<p>${inlineHtml(p)}</p>`).join('');

function blockHtml(b: BodyBlock, lang: Lang): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${inlineHtml(b.inline)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${inlineHtml(b.inline)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</ul>`;
    case 'caption': {
      const label = b.label ? `<span class="caption-label">${inlineHtml(b.label)}</span>: ` : '';
      return `<figure class="figure" id="figure-${b.number}"><figcaption class="caption">${label}${inlineHtml(b.inline)}</figcaption></figure>`;
    }
    case 'quote':
      if (!b.original) return `<blockquote class="quote">${paras(b.paragraphs)}</blockquote>`;
      return (
        `<blockquote class="quote original-wording" lang="${b.original.lang}" data-original-lang="${b.original.lang}">` +
        `${paras(b.paragraphs)}<footer class="quote-note">${inlineHtml(b.original.label)}</footer></blockquote>`
      );
    case 'quote-pair':
      return (
        `<figure class="quote-pair"><blockquote class="quote translation" lang="${lang}">${paras(b.translation)}</blockquote>` +
        `<blockquote class="quote original-wording" lang="${b.originalLang}" dir="${dirOf(b.originalLang)}" data-original-lang="${b.originalLang}">` +
        `<p class="quote-label">${inlineHtml(b.originalLabel)}</p>${paras(b.original)}</blockquote>` +
        `<figcaption class="quote-note">${inlineHtml(b.note)}</figcaption></figure>`
      );
  }
}

function css(m: EditionModel, fontCss: string): string {
  return `${fontCss}
html{font-family:${cssFontStack(m.lang)};line-height:1.8;}
:lang(fa){font-family:${cssFontStack('fa')};}
:lang(en){font-family:${cssFontStack('en')};}
body{max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;}
h1{line-height:1.4;}
.byline,.date,.caption,.quote-note,.edition-meta{color:#555;font-size:.95em;}
.caption-label,.label{font-weight:700;}
figure{margin:1.5rem 0;}
blockquote{margin:1.5rem 0;padding-inline-start:1rem;border-inline-start:3px solid #999;}
.quote-pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;}
.quote-pair figcaption{grid-column:1/-1;}
@media (max-width:40rem){.quote-pair{grid-template-columns:1fr;}}
.quote-label{font-weight:700;margin:0;}
a{color:#0b5394;}`;
}

function sourceLink(url: string): string {
  const href = safeHref(url);
  return href ? `<a href="${esc(href)}" dir="ltr">${esc(url)}</a>` : `<bdi>${esc(url)}</bdi>`;
}

/** A standalone HTML5 file of the edition (`lang`, `dir`, fonts from `opts.fontCss`, e.g. editionFontCss). */
export function renderEditionHtml(input: EditionInput, style: HouseStyle, opts: { fontCss?: string } = {}): string {
  const m = buildEditionModel(input, style);
  const header = [
    `<h1>${inlineHtml(m.title)}</h1>`,
    m.byline ? `<p class="byline">${inlineHtml(m.byline)}</p>` : '',
    m.date ? `<p class="date"><time datetime="${esc(m.date.iso)}">${inlineHtml(m.date.text)}</time></p>` : '',
  ].join('');
  const labelled = (label: StyledInline, value: string) => `<span class="label">${inlineHtml(label)}</span>: ${value}`;
  const meta = [
    m.series ? `<p class="series">${labelled(m.series.label, inlineHtml(m.series.value))}</p>` : '',
    m.topics ? `<p class="topics">${labelled(m.topics.label, m.topics.values.map((v) => `<span class="topic">${inlineHtml(v)}</span>`).join(listSeparator(m.lang)))}</p>` : '',
    m.alsoAvailable
      ? `<p class="also-available">${labelled(
          m.alsoAvailable.label,
          m.alsoAvailable.links.map((l) => `<a href="${esc(safeHref(l.url) ?? '#')}" hreflang="${l.lang}" lang="${l.lang}" dir="${dirOf(l.lang)}">${inlineHtml(l.name)}</a>`).join(' · '),
        )}</p>`
      : '',
    m.about
      ? `<section class="about-authors"><h2>${inlineHtml(m.about.heading)}</h2>${m.about.authors
          .map((a) => `<div class="author"><h3>${inlineHtml(a.name)}</h3><p>${inlineHtml(a.bio)}</p></div>`)
          .join('')}</section>`
      : '',
    m.source ? `<p class="source">${labelled(m.source.label, sourceLink(m.source.url))}</p>` : '',
  ].join('');
  return (
    `<!DOCTYPE html>\n<html lang="${m.lang}" dir="${m.dir}">\n<head>\n<meta charset="utf-8" />\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1" />\n<title>${esc(plainText(m.title))}</title>\n` +
    `<style>\n${css(m, opts.fontCss ?? '')}\n</style>\n</head>\n<body>\n<article class="edition">\n` +
    `<header>${header}</header>\n<div class="edition-body">\n${m.body.map((b) => blockHtml(b, m.lang)).join('\n')}\n</div>\n` +
    `<footer class="edition-meta">${meta}</footer>\n</article>\n</body>\n</html>\n`
  );
}
