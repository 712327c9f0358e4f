import { findNumbers } from '../text/numbers';

/** Whether two sources hold different numbers (values in order, whatever their digits). */
export function numbersDiffer(current: string, matched: string): boolean {
  const a = findNumbers(current).map((n) => n.value);
  const b = findNumbers(matched).map((n) => n.value);
  return a.length !== b.length || a.some((v, i) => v !== b[i]);
}

const ZERO = { western: 0x30, 'arabic-indic': 0x660, persian: 0x6f0 } as const;
type DigitSystem = keyof typeof ZERO;

function systemOf(text: string): DigitSystem {
  if (/[\u06F0-\u06F9]/u.test(text)) return 'persian';
  if (/[\u0660-\u0669]/u.test(text)) return 'arabic-indic';
  return 'western';
}

/** A canonical number ("10000", "3.5", "-2") written in a digit system (٫ as the Eastern decimal point). */
export function writeNumber(value: string, system: DigitSystem): string {
  const zero = ZERO[system];
  const digits = value.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
  return system === 'western' ? digits : digits.replace('.', '\u066B');
}

/**
 * The matched target with the current source's numbers in place of the matched source's, each written
 * in the digit system the target used for it; null when the numbers cannot be placed one by one
 * (different counts, or a number the target holds more than once or not at all).
 */
export function adjustNumbers(current: string, matchedSource: string, target: string): string | null {
  const a = findNumbers(current);
  const b = findNumbers(matchedSource);
  if (a.length !== b.length) return null;
  const inTarget = findNumbers(target);
  const edits: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.value === b[i]!.value) continue;
    const spots = inTarget.filter((n) => n.value === b[i]!.value);
    if (spots.length !== 1 || edits.some((e) => e.start === spots[0]!.start)) return null;
    const spot = spots[0]!;
    edits.push({ start: spot.start, end: spot.end, text: writeNumber(a[i]!.value, systemOf(spot.text)) });
  }
  if (edits.length === 0) return null;
  let out = target;
  for (const e of edits.sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
