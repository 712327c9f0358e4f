/** One reviewed link of an alignment: sentence indices on each side, its score, and whether it is kept. */
export interface ReviewLink {
  source: number[];
  target: number[];
  score: number;
  confirmed: boolean;
}

/** Merges link i with the next one (their sentences become one pair); unconfirmed until reviewed again. */
export function mergeWithNext(links: ReviewLink[], i: number): ReviewLink[] {
  const [a, b] = [links[i], links[i + 1]];
  if (!a || !b) return links;
  const merged = { source: [...a.source, ...b.source], target: [...a.target, ...b.target], score: Math.min(a.score, b.score), confirmed: false };
  return [...links.slice(0, i), merged, ...links.slice(i + 2)];
}

/**
 * Splits link i: its first source sentence with its first target sentence, the rest apart; a 1–1 link
 * becomes a 1–0 and a 0–1 link (the pair was wrong).
 */
export function split(links: ReviewLink[], i: number): ReviewLink[] {
  const l = links[i];
  if (!l || l.source.length + l.target.length < 2) return links;
  const oneToOne = l.source.length === 1 && l.target.length === 1;
  const first = oneToOne ? { source: l.source, target: [] } : { source: l.source.slice(0, 1), target: l.target.slice(0, 1) };
  const rest = oneToOne ? { source: [], target: l.target } : { source: l.source.slice(1), target: l.target.slice(1) };
  const parts = [first, rest].filter((p) => p.source.length + p.target.length > 0).map((p) => ({ ...p, score: 0, confirmed: false }));
  return [...links.slice(0, i), ...parts, ...links.slice(i + 1)];
}

/** Moves the last target sentence of link i to the start of link i+1 (`down`) or the first of i+1 to the end of i (`up`). */
export function moveTarget(links: ReviewLink[], i: number, direction: 'up' | 'down'): ReviewLink[] {
  const [a, b] = [links[i], links[i + 1]];
  if (!a || !b) return links;
  const moved =
    direction === 'down'
      ? a.target.length > 0 && { a: { ...a, target: a.target.slice(0, -1) }, b: { ...b, target: [a.target[a.target.length - 1]!, ...b.target] } }
      : b.target.length > 0 && { a: { ...a, target: [...a.target, b.target[0]!] }, b: { ...b, target: b.target.slice(1) } };
  if (!moved) return links;
  const out = [...links.slice(0, i), { ...moved.a, confirmed: false }, { ...moved.b, confirmed: false }, ...links.slice(i + 2)];
  return out.filter((l) => l.source.length + l.target.length > 0);
}

/** The confirmed links as text pairs, sentences of one side joined by a space. */
export function confirmedPairs(links: ReviewLink[], source: string[], target: string[]): { source: string; target: string }[] {
  return links.filter((l) => l.confirmed).map((l) => ({ source: l.source.map((i) => source[i]).join(' '), target: l.target.map((j) => target[j]).join(' ') }));
}
