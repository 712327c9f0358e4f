import type { Lang } from '../text/lang';
import { normalizeKey } from '../text/normalize';
import { tokenize } from '../text/tokens';
import { unitKey } from './term-index';

/** One matchable word part of a text: a token, or a part of it between ZWNJs (حزب‌الله -> حزب | الله). */
export interface TextUnit {
  key: string;
  start: number;
  end: number;
  /** Index of the token it belongs to. */
  token: number;
  first: boolean;
  last: boolean;
  /** For a token's first unit: whether only spaces, hyphens or invisible marks separate it from the previous token. */
  joinsPrevious: boolean;
  /** Key before article removal, where the Arabic proclitic rules start from. */
  raw: string;
}

// What may stand between two words of one multi-word term: spaces, hyphens, invisible controls.
const JOINABLE_GAP = /^[\s\-\u2010-\u2012\u2212\u200B-\u200F\u061C\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]*$/u;

/** Splits a text into matchable units with offsets in the original string. */
export function textUnits(text: string, lang: Lang): TextUnit[] {
  const units: TextUnit[] = [];
  const tokens = tokenize(text, lang);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const gap = t > 0 ? token.start - tokens[t - 1]!.end : 0;
    const joins = t > 0 && ((gap === 1 && text.charCodeAt(token.start - 1) === 0x20) || JOINABLE_GAP.test(text.slice(tokens[t - 1]!.end, token.start)));
    const parts = token.text.includes('\u200C') ? splitZwnj(token.text, token.start, lang) : [{ key: token.key, start: token.start, end: token.end }];
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      units.push({
        key: unitKey(part.key, lang),
        raw: part.key,
        start: part.start,
        end: part.end,
        token: t,
        first: p === 0,
        last: p === parts.length - 1,
        joinsPrevious: p === 0 ? joins : true,
      });
    }
  }
  return units;
}

function splitZwnj(text: string, offset: number, lang: Lang): { key: string; start: number; end: number }[] {
  const parts: { key: string; start: number; end: number }[] = [];
  const re = /[^\u200C]+/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const key = normalizeKey(m[0], lang);
    if (key) parts.push({ key, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return parts;
}
