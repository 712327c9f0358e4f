import type { Lang } from '../text/lang';

// Opening and closing marks we recognise. A straight " opens or closes depending on the open pair.
const OPENERS = new Set(['\u201C', '\u201E', '\u00AB', '\u2039']); // “ „ « ‹
const CLOSERS = new Set(['\u201D', '\u00BB', '\u203A']); // ” » ›
const STRAIGHT = '"';

/**
 * Prints double quotation marks as guillemets for an Arabic or Farsi edition: “…”, „…“ and "…"
 * become «…»; a quotation inside a quotation becomes ‹…› (single guillemets mirror in right-to-left
 * text as «» do; English curly quotes do not). Unpaired marks and single quotes/apostrophes stay as
 * written. English text is returned unchanged. Keeps the length (one UTF-16 unit for one).
 */
export function toGuillemets(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const chars = text.split('');
  const stack: { at: number; ch: string }[] = [];
  const pairs: [number, number, number][] = []; // open, close, depth
  chars.forEach((ch, i) => {
    const top = stack[stack.length - 1];
    if (ch === STRAIGHT) {
      if (top?.ch === STRAIGHT) closeAt(stack.length - 1, i);
      else if (opensHere(text, i)) stack.push({ at: i, ch });
      else closeMatching(i, (c) => c === STRAIGHT);
    } else if (OPENERS.has(ch)) {
      // „ is closed by “ in German style; a “ after an open „ closes it.
      if (ch === '\u201C' && top?.ch === '\u201E') closeAt(stack.length - 1, i);
      else stack.push({ at: i, ch });
    } else if (CLOSERS.has(ch)) {
      closeMatching(i, (c) => c !== STRAIGHT);
    }
  });
  for (const [open, close, depth] of pairs) {
    chars[open] = depth === 0 ? '\u00AB' : '\u2039';
    chars[close] = depth === 0 ? '\u00BB' : '\u203A';
  }
  return chars.join('');

  function closeAt(index: number, at: number): void {
    pairs.push([stack[index]!.at, at, index]);
    stack.length = index;
  }
  function closeMatching(at: number, fits: (ch: string) => boolean): void {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (fits(stack[k]!.ch)) return closeAt(k, at);
    }
  }
}

// A straight quote opens when it does not follow a letter, mark or digit and is followed by text.
function opensHere(text: string, i: number): boolean {
  const before = i === 0 ? '' : text[i - 1]!;
  const after = text[i + 1] ?? '';
  if (after === '' || /\s/u.test(after)) return false;
  return !/[\p{L}\p{M}\p{N}]/u.test(before);
}
