/** A minimal, forgiving HTML tokenizer for clipboard and saved-page HTML (no DOM needed). */
export type HtmlToken =
  | { type: 'start'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string }
  | { type: 'text'; text: string };

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™',
  times: '×', divide: '÷', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
  prime: '′', Prime: '″', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

/** Decode character references; unknown names stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/gu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Surrogates, NUL and out-of-range code points become U+FFFD as browsers do.
      if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(cp);
    }
    return NAMED[ref] ?? whole;
  });
}

// Elements whose content is raw text up to their end tag.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'noscript']);

/** Tokenize HTML into start/end/text tokens; comments, doctypes and CDATA are skipped. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let i = 0;
  const pushText = (raw: string) => { if (raw) tokens.push({ type: 'text', text: decodeEntities(raw) }); };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { pushText(html.slice(i)); break; }
    pushText(html.slice(i, lt));
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const endTag = /^<\/([A-Za-z][^\s/>]*)[^>]*>/u.exec(html.slice(i, i + 200));
    if (endTag) { tokens.push({ type: 'end', name: endTag[1].toLowerCase() }); i += endTag[0].length; continue; }
    const open = /^<([A-Za-z][^\s/>]*)/u.exec(html.slice(i, i + 100));
    if (!open) { pushText('<'); i++; continue; }
    const name = open[1].toLowerCase();
    i += open[0].length;
    const attrs: Record<string, string> = {};
    let selfClosing = false;
    const ATTR = /\s*([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*(\/?>)|\s*\/|\s*["'=][^\s>]*/uy;
    for (;;) {
      ATTR.lastIndex = i;
      const m = ATTR.exec(html);
      if (!m) { i = html.length; break; }
      i = ATTR.lastIndex;
      if (m[5]) { selfClosing = m[5] === '/>'; break; }
      if (m[1]) attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
    }
    tokens.push({ type: 'start', name, attrs, selfClosing });
    if (RAW_TEXT.has(name) && !selfClosing) {
      const closer = new RegExp('</' + name, 'giu');
      closer.lastIndex = i;
      const close = closer.exec(html)?.index ?? -1;
      const end = close < 0 ? html.length : close;
      // Script and style text never becomes content; title text is kept for metadata.
      if (name === 'title' || name === 'textarea') pushText(html.slice(i, end));
      const gt = close < 0 ? -1 : html.indexOf('>', close);
      tokens.push({ type: 'end', name });
      i = gt < 0 ? html.length : gt + 1;
    }
  }
  return tokens;
}
