/** Value syntaxes of XLIFF 2.1 attributes (NMTOKEN ids, BCP 47 tags, fragment identifiers). */

/** XML NMTOKEN, the type of XLIFF ids. */
export function isNmtoken(value: string): boolean {
  return /^[\p{L}\p{M}\p{N}._:\-\u00B7\u203F\u2040]+$/u.test(value);
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

/**
 * A reference into the same document ("#...") must follow the XLIFF fragment syntax:
 * either a bare id ("#m1") or selectors "prefix=id" joined by "/" ("#f=f1/u=u1/n=n1").
 * References into other resources are IRIs we do not resolve, so they pass.
 */
export function isValidFragmentRef(ref: string): boolean {
  if (!ref.startsWith('#')) return true;
  const parts = ref.slice(1).replace(/^\//, '').split('/');
  if (parts.length === 1 && !parts[0]!.includes('=')) return isNmtoken(parts[0]!);
  return parts.every((part) => {
    const m = /^([A-Za-z][A-Za-z0-9]*)=(.+)$/.exec(part);
    return m !== null && isNmtoken(m[2]!);
  });
}

/** `prefix:value`, the shape of custom type, subType and subState values. */
export function isPrefixedValue(value: string): boolean {
  return /^[A-Za-z_][\w.-]*:[^\s]+$/u.test(value);
}
