import { findNumbers } from '../../text/numbers';
import { isBlank } from '../chars';
import { finding } from '../finding';
import type { Finding, SegmentCheck } from '../types';

const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
// Farsi and Arabic typists often group thousands with the Arabic comma (۳۹،۷۶۸); read it as ٬.
// Same length, so offsets stay those of the original text.
const ARABIC_COMMA_GROUPING = new RegExp(`(?<=${D})\u060C(?=${D}{3}(?!${D}))`, 'gu');

// "80 thousand" = "۸۰ هزار" = "80 ألف" = 80,000: a scale word after a number multiplies it.
const HARAKAT = '[\\u064B-\\u0652]*';
const SCALES: [RegExp, number][] = [
  [/^thousands?/iu, 1e3],
  [new RegExp(`^(?:[أا]لف|آلاف)${HARAKAT}ا?${HARAKAT}|^هزار`, 'u'), 1e3],
  [/^millions?/iu, 1e6],
  [new RegExp(`^(?:مليون|ملايين)${HARAKAT}ا?${HARAKAT}|^میلیون|^ميليون`, 'u'), 1e6],
  [/^billions?/iu, 1e9],
  [new RegExp(`^(?:مليار|مليارات|بليون|بلايين)${HARAKAT}ا?${HARAKAT}|^میلیارد`, 'u'), 1e9],
];

function scaled(value: string, after: string): string {
  const rest = after.replace(/^[\s\u200C]+/u, '');
  for (const [pattern, factor] of SCALES) {
    const m = pattern.exec(rest);
    if (!m || /^[\p{L}\p{M}]/u.test(rest.slice(m[0].length))) continue;
    const n = Number(value) * factor;
    return Number.isSafeInteger(n) ? String(n) : value;
  }
  return value;
}

/**
 * Number values of a text, scale words applied, in order. The sign is left out: a hyphen in a range
 * ("40%-50%") reads as a minus. With `names: false`, digits right after a letter (R0, B0AT1, H1N1)
 * are skipped: they belong to a name the translation may spell another way.
 */
export function numberValues(text: string, names = true): { value: string; text: string }[] {
  const normalized = text.replace(ARABIC_COMMA_GROUPING, '\u066C');
  return findNumbers(normalized)
    .filter((n) => names || !/[\p{L}\p{M}]$/u.test(text.slice(0, n.start)))
    .map((n) => ({ value: scaled(n.value.replace(/^-/u, ''), text.slice(n.end, n.end + 24)), text: text.slice(n.start, n.end) }));
}

/**
 * A number of the source is missing from the target, compared by value across digit systems,
 * separators and scale words (10,000 = ١٠٬٠٠٠ = ۱۰٬۰۰۰ = ۱۰ هزار; 2014 = ٢٠١٤). Counted: "2 and 2"
 * needs two 2s. Not flagged: numbers written as words (“second”, “دوم”), digits inside a name (R0,
 * H1N1), a lost minus sign.
 */
export const numberMismatch: SegmentCheck = {
  id: 'number-mismatch',
  severity: 'error',
  scope: 'segment',
  keyParams: ['value'],
  run(seg) {
    if (isBlank(seg.targetText)) return [];
    const available = new Map<string, number>();
    for (const n of numberValues(seg.targetText!)) available.set(n.value, (available.get(n.value) ?? 0) + 1);
    const out: Finding[] = [];
    for (const n of numberValues(seg.sourceText, false)) {
      const left = available.get(n.value) ?? 0;
      if (left > 0) available.set(n.value, left - 1);
      else out.push(finding(numberMismatch, seg.unitId, { value: n.value, text: n.text }));
    }
    return out;
  },
};
