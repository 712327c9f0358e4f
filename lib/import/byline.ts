// "by …", Arabic "بقلم …", Farsi "نوشتهٔ …" / "به قلم …" / "نویسنده: …".
const BYLINE = /^(?:by|written by|بقلم|به قلم|نوشته‌ی|نوشتهٔ|نوشته|نویسنده|نویسندگان|تأليف)\s*:?\s+(.+)$/iu;
// A name: starts with a capital (Latin) or any letter of a case-less script; no sentence punctuation.
const NAME = /^(?:\p{Lu}|\p{Lo})[\p{L}\p{M}\p{N}'’.\- \u200c]*$/u;
// Each word capitalized, a particle, or in a case-less script: "Hamdi Malik", "Mustafa al-Kadhimi".
const NAME_WORD = /^(?:\p{Lu}|\p{Lo}|(?:al|el|ad|an|as|at|ash)-|(?:bin|ibn|bint|de|da|van|von|der|la|le)$)/u;
const SEPARATOR = /\s*(?:,|،|;|&)\s*(?:(?:and|و)\s+)?|\s+(?:and|و)\s+/u;
const MAX_AUTHORS = 12;
const MAX_NAME_WORDS = 6;

/**
 * Authors from a byline ("by A, B, and C", "بقلم أ، ب و ج"), or null when the line
 * is not a byline (e.g. "By 2020, the group had…").
 */
export function parseByline(line: string): string[] | null {
  const m = BYLINE.exec(line.trim());
  if (!m || m[1].length > 300) return null;
  const names = m[1]
    .split(SEPARATOR)
    .map((n) => n.trim())
    .filter(Boolean);
  if (!names.length || names.length > MAX_AUTHORS) return null;
  const ok = names.every((n) => {
    const words = n.split(/\s+/u);
    return NAME.test(n) && words.length <= MAX_NAME_WORDS && words.every((w) => NAME_WORD.test(w));
  });
  return ok ? names : null;
}
