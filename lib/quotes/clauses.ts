import type { Range } from './types';

// A clause ends after , ; : . ! ? … and the Arabic ، ؛ ؟ (also "..." and runs of them), followed by
// closing quotes or brackets; the decimal separators between digits (3.5, ٣٫٥) do not end one.
const END = /(?:\.{2,}|[,;:.!?…،؛؟])(?![\p{Nd}])["'”’»)\]]*/gu;

/** Clauses of a text as ranges, trimmed of spaces and quotation marks, offsets in the original. */
export function splitClauses(text: string): Range[] {
  const out: Range[] = [];
  let from = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m !== null; m = END.exec(text)) {
    push(text, from, m.index + m[0].length, out);
    from = m.index + m[0].length;
  }
  push(text, from, text.length, out);
  return out;
}

function push(text: string, from: number, to: number, out: Range[]): void {
  const TRIM = /[\s"“”«»'‘’]/u;
  while (from < to && TRIM.test(text[from]!)) from++;
  while (to > from && TRIM.test(text[to - 1]!)) to--;
  // A clause needs words: a lone "..." or a trailing hashtag, mention or link is not one.
  const words = text.slice(from, to).replace(/[#@][\p{L}\p{M}\p{N}_]+|https?:\/\/\S+/gu, '');
  if (to > from && /[\p{L}\p{N}]/u.test(words)) out.push({ start: from, end: to });
}
