/** Value syntaxes of XLIFF 2.1 attributes (NMTOKEN ids, BCP 47 tags, code points, restrictions). */

const NMTOKEN = /^[\p{L}\p{M}\p{N}._:\-\u00B7\u203F\u2040]+$/u;

/** XML NMTOKEN, the type of XLIFF ids. */
export function isNmtoken(value: string): boolean {
  return NMTOKEN.test(value);
}

// RFC 5646 well-formedness (langtag | privateuse | irregular "i-" tags), without registry lookups.
const LANGTAG = new RegExp(
  '^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\\d{3}))?' +
    '(?:-(?:[A-Za-z\\d]{5,8}|\\d[A-Za-z\\d]{3}))*(?:-[A-WY-Za-wy-z\\d](?:-[A-Za-z\\d]{2,8})+)*' +
    '(?:-x(?:-[A-Za-z\\d]{1,8})+)?|x(?:-[A-Za-z\\d]{1,8})+|i-[A-Za-z]{2,8})$',
);

/** A well-formed BCP 47 language tag. */
export function isLangTag(value: string): boolean {
  return LANGTAG.test(value);
}

/** Case-insensitive tag equality (BCP 47 tags are case-insensitive). */
export function sameLang(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** XPath lang(): `tag` is `range` or one of its sub-tags ("en-IE" is in "en", "en" is not in "en-IE"). */
export function langIn(tag: string, range: string): boolean {
  const t = tag.toLowerCase();
  const r = range.toLowerCase();
  return t === r || t.startsWith(`${r}-`);
}

/** `prefix:value`, the shape of custom type, subType and subState values. */
export function isPrefixedValue(value: string): boolean {
  return /^[A-Za-z_][\w.-]*:[^\s]+$/u.test(value);
}

/** The code point of a `<cp hex>` value (4 to 6 hex digits, at most 10FFFF), or undefined. */
export function parseHex(hex: string): number | undefined {
  if (!/^[0-9A-Fa-f]{4,6}$/.test(hex)) return undefined;
  const code = parseInt(hex, 16);
  return code <= 0x10ffff ? code : undefined;
}

/** A character XML 1.0 can carry as text (so `<cp>` must not be used for it). */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** A list of NMTOKENs separated by single XML white space (subFlows). */
export function nmtokenList(value: string): string[] | undefined {
  const items = value.trim().split(/[ \t\r\n]+/);
  return value.trim() !== '' && items.every(isNmtoken) ? items : undefined;
}

export const isNonNegativeInteger = (v: string): boolean => /^\d+$/.test(v);

/** `[min,]max` with integers, max possibly `*`: the standard size and storage restriction syntax. */
export function isRestriction(value: string): boolean {
  return /^(?:\d+,)?(?:\d+|\*)$/.test(value);
}

/** A decimal in [min, max] (XML Schema decimal lexical form). */
export function isDecimalIn(value: string, min: number, max: number): boolean {
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(value)) return false;
  const n = Number(value);
  return n >= min && n <= max;
}
