import { runsText, type Block } from './runs';

/*
 * Web-page furniture around an analysis, as seen in pages extracted to text (the sample) or
 * saved as HTML. None of it is the author's text, so none of it becomes a segment.
 */
// Everything from one of these headings to the end is related-content chrome.
const TAIL_MARKERS = new Set(['PART OF A SERIES', 'RECOMMENDED', 'TOPICS', 'REGIONS & COUNTRIES', 'RELATED CONTENT', 'MORE BY', 'STAY UP TO DATE', 'RELATED ARTICLES']);
// Content-type labels printed above the body.
const LABELS = /^(?:brief analysis|policy analysis|articles & testimony|policywatch|fikra forum|analysis|opinion)$/iu;
const SERIES_LINE = /^(?:part of a series|or see part \p{N}+)\s*:/iu;
const ALSO_AVAILABLE = /^(?:also available in|read in|متوفر أيضًا باللغة|متوفر أيضا باللغة|این مطلب به زبان)\s*:?$/iu;
const ABOUT_AUTHORS = /^(?:about the authors?|عن المؤلفين|عن الكاتب|عن المؤلف|درباره نویسندگان|درباره نویسنده)$/iu;

const isLinkOnly = (b: Block) => b.runs.length > 0 && b.runs.every((r) => r.hardBreak || r.marks.some((m) => m.type === 'link') || !r.text.trim());

export interface ChromeResult {
  body: Block[];
  /** Blocks left out, in order, with the rule that removed them (kept for logs and tests). */
  dropped: Array<{ rule: string; text: string }>;
}

/** Drop page chrome: language switchers, author bios, series notes, labels, related-content tail. */
export function stripPageChrome(blocks: Block[], authors: string[]): ChromeResult {
  const body: Block[] = [];
  const dropped: ChromeResult['dropped'] = [];
  const drop = (rule: string, b: Block) => dropped.push({ rule, text: runsText(b.runs) });
  let started = false; // true once a real body paragraph was kept
  let mode: 'normal' | 'languages' | 'bios' | 'tail' = 'normal';
  const bioNames = new Set(authors.map((a) => a.toLowerCase()));

  for (const b of blocks) {
    const text = runsText(b.runs).trim();
    if (mode === 'tail') { drop('tail', b); continue; }
    if (mode === 'languages') {
      if (isLinkOnly(b)) { drop('also-available', b); continue; }
      mode = 'normal';
    }
    if (mode === 'bios') {
      // A bio is a link-only name line, or a paragraph that begins with an author's name.
      const lower = text.toLowerCase();
      if (isLinkOnly(b)) { bioNames.add(lower); drop('about-authors', b); continue; }
      if ([...bioNames].some((n) => n && lower.startsWith(n))) { drop('about-authors', b); continue; }
      mode = 'normal';
    }
    if (started && TAIL_MARKERS.has(text)) { mode = 'tail'; drop('tail', b); continue; }
    if (ALSO_AVAILABLE.test(text)) { mode = 'languages'; drop('also-available', b); continue; }
    if (ABOUT_AUTHORS.test(text)) { mode = 'bios'; drop('about-authors', b); continue; }
    if (!started && LABELS.test(text)) { drop('label', b); continue; }
    if (SERIES_LINE.test(text)) { drop('series', b); continue; }
    body.push(b);
    if (b.kind !== 'heading') started = true;
  }
  return { body, dropped };
}
