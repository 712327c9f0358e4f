import type { Lang } from '../text/lang';

/** Embeddings, overrides and isolates: they change how text displays without being seen. */
export const BIDI_CONTROLS: ReadonlyMap<number, string> = new Map([
  [0x202a, 'LRE'],
  [0x202b, 'RLE'],
  [0x202c, 'PDF'],
  [0x202d, 'LRO'],
  [0x202e, 'RLO'],
  [0x2066, 'LRI'],
  [0x2067, 'RLI'],
  [0x2068, 'FSI'],
  [0x2069, 'PDI'],
]);

/** Characters that take no visible space; ZWNJ is among them but is spelling in Farsi. */
export const INVISIBLE_CHARS: ReadonlyMap<number, string> = new Map([
  [0x00ad, 'SHY'],
  [0x034f, 'CGJ'],
  [0x061c, 'ALM'],
  [0x115f, 'HCF'],
  [0x1160, 'HJF'],
  [0x17b4, 'KIVAQ'],
  [0x17b5, 'KIVAA'],
  [0x180e, 'MVS'],
  [0x200b, 'ZWSP'],
  [0x200c, 'ZWNJ'],
  [0x200d, 'ZWJ'],
  [0x200e, 'LRM'],
  [0x200f, 'RLM'],
  [0x2060, 'WJ'],
  [0x2061, 'FA'],
  [0x2062, 'IT'],
  [0x2063, 'IS'],
  [0x2064, 'IP'],
  [0x206a, 'ISS'],
  [0x206b, 'ASS'],
  [0x206c, 'IAFS'],
  [0x206d, 'AAFS'],
  [0x206e, 'NADS'],
  [0x206f, 'NODS'],
  [0x3164, 'HF'],
  [0xfeff, 'ZWNBSP'],
  [0xffa0, 'HWHF'],
]);

export const ZWNJ = 0x200c;

/** "U+200B" for a code point: how findings name a character the reader cannot see. */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True when the code point is an invisible or bidi character that is noise in `lang`. */
export function isStrayInvisible(cp: number, lang: Lang): boolean {
  if (BIDI_CONTROLS.has(cp)) return true;
  if (cp === ZWNJ) return lang !== 'fa';
  return INVISIBLE_CHARS.has(cp);
}

/** Removes invisible and bidi characters (keeping ZWNJ in Farsi) and applies NFC. */
export function stripInvisible(text: string, lang: Lang): string {
  let out = '';
  for (const ch of text) if (!isStrayInvisible(ch.codePointAt(0)!, lang)) out += ch;
  return out.normalize('NFC');
}

/** True for null, empty, or only whitespace and invisible characters. */
export function isBlank(text: string | null | undefined): boolean {
  if (text == null) return true;
  return stripInvisible(text, 'en').trim() === '';
}

/** Whitespace and invisible characters collapsed, for comparing two renderings. */
export function comparable(text: string, lang: Lang): string {
  return stripInvisible(text, lang).replace(/\s+/gu, ' ').trim();
}
