import type { Lang } from './lang';

/** A matching key with, for each of its UTF-16 units, the range it came from in the original text. */
export interface NormalizedText {
  key: string;
  /** starts[i]..ends[i] is the original range of key[i]. */
  starts: number[];
  ends: number[];
}

export interface NormalizeOptions {
  /** Lower-case letters (default true); the term matcher turns it off to check acronyms. */
  foldCase?: boolean;
}

/** The matching key of a whole string: folded for search and matching, never shown or stored as text. */
export function normalizeKey(text: string, lang: Lang, options: NormalizeOptions = {}): string {
  return run(text, lang, options.foldCase !== false, null).key;
}

/** Like normalizeKey, keeping for every key unit its range in the original string. */
export function normalizeWithOffsets(text: string, lang: Lang, options: NormalizeOptions = {}): NormalizedText {
  return run(text, lang, options.foldCase !== false, { starts: [], ends: [] });
}

/** Original [start, end) of the key range [keyStart, keyEnd) (keyEnd > keyStart). */
export function originalRange(n: NormalizedText, keyStart: number, keyEnd: number): [number, number] {
  return [n.starts[keyStart]!, n.ends[keyEnd - 1]!];
}

const DROP = 0;
const SPACE = 1;

/** Code point class: DROP, SPACE, or the replacement string. `lang` is accepted for API symmetry: the
 * folds are language-independent so Arabic and Farsi spellings meet in one key. */
function classify(cp: number, foldCase: boolean): typeof DROP | typeof SPACE | string {
  if (cp < 0x80) {
    if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) return SPACE;
    if (cp === 0x27 || cp === 0x60) return DROP; // ' and ` are apostrophe-like in transliterations
    if (foldCase && cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 32);
    return String.fromCharCode(cp);
  }
  const cached = (foldCase ? CACHE_FOLD : CACHE_KEEP).get(cp);
  if (cached !== undefined) return cached;
  const value = classifySlow(cp, foldCase);
  (foldCase ? CACHE_FOLD : CACHE_KEEP).set(cp, value);
  return value;
}

const CACHE_FOLD = new Map<number, typeof DROP | typeof SPACE | string>();
const CACHE_KEEP = new Map<number, typeof DROP | typeof SPACE | string>();

const FOLDS: Record<number, string> = {
  0x0623: 'ا', 0x0625: 'ا', 0x0622: 'ا', 0x0671: 'ا', 0x0672: 'ا', 0x0673: 'ا',
  0x0649: 'ي', 0x06cc: 'ي', 0x06d2: 'ي',
  0x06a9: 'ك', 0x06aa: 'ك',
  0x0629: 'ه', 0x06c0: 'ه', 0x06d5: 'ه', 0x06c1: 'ه',
  0x066b: '.', 0x066c: ',',
  0x2010: '-', 0x2011: '-', 0x2012: '-', 0x2212: '-', 0xfe63: '-', 0xff0d: '-',
};

function classifySlow(cp: number, foldCase: boolean): typeof DROP | typeof SPACE | string {
  if (isDropped(cp)) return DROP; // before \s, which in JavaScript includes U+FEFF
  if (/\s/u.test(String.fromCodePoint(cp)) || cp === 0x200c) return SPACE; // ZWNJ joins like a space
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(0x30 + cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(0x30 + cp - 0x06f0);
  const fold = FOLDS[cp];
  if (fold !== undefined) return fold;
  const ch = String.fromCodePoint(cp);
  const compat = ch.normalize('NFKC');
  if (((cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc)) && compat !== ch) {
    // Arabic presentation forms (old PDFs): compatibility-decompose, then fold each letter.
    return [...compat]
      .map((c) => classify(c.codePointAt(0)!, foldCase))
      .map((v) => (v === DROP ? '' : v === SPACE ? ' ' : v))
      .join('');
  }
  let out = ch;
  if (/\p{Script=Latin}/u.test(ch)) out = ch.normalize('NFD').replace(/\p{M}/gu, '');
  return foldCase ? out.toLowerCase() : out;
}

function isDropped(cp: number): boolean {
  return (
    (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 || cp === 0x0640 ||
    (cp >= 0x0610 && cp <= 0x061a) || (cp >= 0x06d6 && cp <= 0x06dc) || (cp >= 0x06df && cp <= 0x06e4) ||
    cp === 0x06e7 || cp === 0x06e8 || (cp >= 0x06ea && cp <= 0x06ed) ||
    (cp >= 0x0300 && cp <= 0x036f) || // combining Latin diacritics left after NFC
    cp === 0x200b || cp === 0x200d || cp === 0x200e || cp === 0x200f || cp === 0x061c ||
    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x2060 ||
    cp === 0xfeff || cp === 0x00ad ||
    cp === 0x2018 || cp === 0x2019 || cp === 0x02bc || cp === 0x02bb || cp === 0x02be || cp === 0x02bf
  );
}

const MARK = /^\p{M}$/u;

function run(
  text: string,
  _lang: Lang,
  foldCase: boolean,
  map: { starts: number[]; ends: number[] } | null,
): NormalizedText {
  const nfc = surelyNfc(text) || text.normalize('NFC') === text;
  let key = '';
  let pendingSpace = -1; // original offset of a whitespace run not yet written
  let i = 0;
  while (i < text.length) {
    const start = i;
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    let piece: string | null = null;
    if (!nfc) {
      // Compose a base with its following marks; every composed unit maps to the whole cluster.
      let j = i;
      while (j < text.length && MARK.test(String.fromCodePoint(text.codePointAt(j)!))) j += text.codePointAt(j)! > 0xffff ? 2 : 1;
      if (j > i) {
        piece = text.slice(start, j).normalize('NFC');
        i = j;
      }
    }
    const cps = piece === null ? [cp] : [...piece].map((c) => c.codePointAt(0)!);
    for (const c of cps) {
      const v = classify(c, foldCase);
      if (v === DROP) continue;
      if (v === SPACE) {
        if (pendingSpace < 0) pendingSpace = start;
        continue;
      }
      if (pendingSpace >= 0) {
        if (key.length > 0) {
          key += ' ';
          map?.starts.push(pendingSpace);
          map?.ends.push(pendingSpace + 1);
        }
        pendingSpace = -1;
      }
      key += v;
      if (map) for (let k = 0; k < v.length; k++) (map.starts.push(start), map.ends.push(i));
    }
  }
  return { key, starts: map?.starts ?? [], ends: map?.ends ?? [] };
}

/** Cheap test that a string cannot change under NFC: no character that composes or decomposes. */
function surelyNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300) continue;
    if (c >= 0x0600 && c <= 0x06ff && (c < 0x0653 || c > 0x0655) && c !== 0x06c0 && c !== 0x06c2 && c !== 0x06d3) continue;
    if (c >= 0x2000 && c <= 0x206f) continue;
    return false;
  }
  return true;
}
