/** A piece of a concordance hit's text: inside a found range or not, a Latin run (isolated in RTL text) or not. */
export interface HitPiece {
  text: string;
  mark: boolean;
  latin: boolean;
}

const LATIN_RUN = /\p{Script=Latin}[\p{Script=Latin}\p{M}\p{N}'’\-.]*(?:\s+\p{Script=Latin}[\p{Script=Latin}\p{M}\p{N}'’\-.]*)*/gu;

/**
 * Cuts a text at the edges of its found ranges ([start, end) in UTF-16 units) and, in right-to-left
 * text, at the edges of its Latin runs, so each can be marked and isolated on its own.
 */
export function hitPieces(text: string, ranges: readonly (readonly [number, number])[], rtl: boolean): HitPiece[] {
  const cuts = new Set<number>([0, text.length]);
  const inRange = (i: number) => ranges.some(([s, e]) => i >= s && i < e);
  for (const [s, e] of ranges) {
    cuts.add(Math.max(0, Math.min(s, text.length)));
    cuts.add(Math.max(0, Math.min(e, text.length)));
  }
  const latin: [number, number][] = [];
  if (rtl) {
    for (const m of text.matchAll(LATIN_RUN)) {
      latin.push([m.index, m.index + m[0].length]);
      cuts.add(m.index);
      cuts.add(m.index + m[0].length);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: HitPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i]!, points[i + 1]!];
    if (e <= s) continue;
    const piece = { text: text.slice(s, e), mark: inRange(s), latin: latin.some(([a, b]) => s >= a && s < b) };
    const last = pieces[pieces.length - 1];
    if (last && last.mark === piece.mark && last.latin === piece.latin) last.text += piece.text;
    else pieces.push(piece);
  }
  return pieces;
}
