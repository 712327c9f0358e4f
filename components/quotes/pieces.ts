/** A labelled range of a text. */
export interface Labelled<T> {
  from: number;
  to: number;
  label: T;
}

/** Cuts `text` at every range boundary: pieces in order, each with the labels of the ranges covering it. */
export function pieces<T>(text: string, ranges: Labelled<T>[]): { from: number; to: number; text: string; labels: T[] }[] {
  const cuts = new Set([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(r.from, text.length)));
    cuts.add(Math.max(0, Math.min(r.to, text.length)));
  }
  const at = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const [from, to] = [at[i]!, at[i + 1]!];
    if (to > from) out.push({ from, to, text: text.slice(from, to), labels: ranges.filter((r) => r.from <= from && r.to >= to).map((r) => r.label) });
  }
  return out;
}
